package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.enterprise.ScopeExitReason;

/**
 * 退出评价范围: the enterprise closed, moved out of the district or was merged (then into {@code successorCreditCode}).
 * Its history stays; every later command for it is refused.
 */
public record RecordLeavingScope(@TargetAggregateIdentifier String creditCode, ScopeExitReason reason,
                                 LocalDate leftOn, String explanation, String successorCreditCode) {
}
