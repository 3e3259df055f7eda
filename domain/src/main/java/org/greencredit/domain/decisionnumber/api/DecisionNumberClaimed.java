package org.greencredit.domain.decisionnumber.api;

import org.axonframework.serialization.Revision;

/** 文号已使用: a penalty decision number is taken by the violation {@code factId} of {@code creditCode}. */
@Revision("1")
public record DecisionNumberClaimed(String claimId, String decisionNo, String creditCode, String factId) {
}
