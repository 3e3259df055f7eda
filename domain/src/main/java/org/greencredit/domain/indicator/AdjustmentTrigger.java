package org.greencredit.domain.indicator;

/** 动态调整的触发: which kind of special rule, hit by a new fact, re-grades a published enterprise at once. */
public enum AdjustmentTrigger {
    VETO, CEILING, DOWNGRADE
}
