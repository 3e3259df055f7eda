package org.greencredit.domain.trial;

/**
 * Where an enterprise's grade goes from the baseline to the trial version: better ({@code UP}), worse, unchanged, or
 * {@code UNGRADED} when the baseline has no grade for it (no decision in force).
 */
public enum Movement { UP, DOWN, SAME, UNGRADED }
