package org.greencredit.projections.published;

import java.util.List;

/**
 * A page of one cycle's published results: per enterprise its latest published decision of that cycle (a later
 * cycle's decision does not replace it here). {@code total} counts every enterprise of the cycle with one.
 */
public record CyclePublishedPage(String cycleId, int total, List<PublishedResult> results) {
}
