package org.greencredit.domain.cycle.api;

import org.axonframework.serialization.Revision;

/** 未纳入本周期. */
@Revision("1")
public record EnterpriseExcludedFromCycle(String cycleId, String creditCode, String reason) {
}
