package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.repair.RepairCondition;

/** 信用修复已申请, with the conditions as they stood. */
@Revision("1")
public record RepairApplied(String creditCode, String applicationId, List<String> factIds, Evidence evidence,
                            String commitment, List<RepairCondition> conditions, LocalDate appliedOn,
                            LocalDate decisionDeadline) {
}
