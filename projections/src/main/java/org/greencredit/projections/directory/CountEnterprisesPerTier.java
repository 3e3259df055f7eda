package org.greencredit.projections.directory;

/** How many enterprises in scope each supervision tier holds; answered as {@link TierCounts}. */
public record CountEnterprisesPerTier() {
}
