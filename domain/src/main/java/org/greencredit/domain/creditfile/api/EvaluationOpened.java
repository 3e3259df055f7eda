package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 企业评价已开启. */
@Revision("1")
public record EvaluationOpened(String creditCode, String cycleId, LocalDate periodFrom, LocalDate periodTo,
                               String indicatorSystem, String indicatorVersion, String versionHash,
                               LocalDate declarationDeadline, LocalDate verificationDeadline) {
}
