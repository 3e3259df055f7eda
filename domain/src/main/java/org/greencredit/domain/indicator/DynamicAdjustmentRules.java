package org.greencredit.domain.indicator;

import java.util.List;

/** 动态调整: which hits re-grade a published enterprise at once, in which direction, over which window. */
public record DynamicAdjustmentRules(List<AdjustmentTrigger> triggers, String direction, String window) {

    public DynamicAdjustmentRules {
        triggers = List.copyOf(triggers);
    }
}
