package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 开启企业评价: the cycle's fan-out opens one enterprise's evaluation, with the cycle's period, version and deadlines. */
public record OpenEvaluation(@TargetAggregateIdentifier String creditCode, String cycleId, LocalDate periodFrom,
                             LocalDate periodTo, String indicatorSystem, String indicatorVersion, String versionHash,
                             LocalDate declarationDeadline, LocalDate verificationDeadline) {
}
