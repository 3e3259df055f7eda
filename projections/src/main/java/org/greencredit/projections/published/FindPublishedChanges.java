package org.greencredit.projections.published;

/**
 * The changes of published results after the cursor {@code after} (exclusive; -1 for the beginning), oldest first,
 * at most {@code limit}.
 */
public record FindPublishedChanges(long after, int limit) {
}
