package org.greencredit.projections.published;

import java.util.List;

/** A page of the change feed; {@code nextCursor} is where the next page starts (the last change's cursor). */
public record PublishedChangePage(List<PublishedChange> changes, long nextCursor) {
}
