package org.greencredit.projections.directory;

import java.util.Map;

/** Enterprises in scope per supervision tier code. */
public record TierCounts(Map<String, Long> perTier) {

    public TierCounts {
        perTier = Map.copyOf(perTier);
    }
}
