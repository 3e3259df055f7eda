package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.enterprise.ScopeExitReason;

/** 已退出评价范围. */
@Revision("1")
public record EnterpriseLeftScope(String creditCode, ScopeExitReason reason, LocalDate leftOn, String explanation,
                                  String successorCreditCode) {
}
