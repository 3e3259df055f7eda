package org.greencredit.projections.published;

import java.util.List;

/** The effective published result of each credit code asked (one or a batch), in the order asked. */
public record FindPublishedResults(List<String> creditCodes) {
}
