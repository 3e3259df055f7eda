package org.greencredit.projections.published;

import java.util.List;

/** One answer per credit code asked, in the order asked. */
public record PublishedLookups(List<PublishedLookup> lookups) {
}
