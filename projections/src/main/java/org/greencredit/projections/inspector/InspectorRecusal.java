package org.greencredit.projections.inspector;

import java.time.LocalDate;

/** 回避: the enterprise an inspector must not inspect, why, and since when. */
public record InspectorRecusal(String creditCode, String reason, LocalDate declaredOn) {
}
