package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 评定初评等级 and disclose it: the preliminary decision as of {@code asOf}, disclosed from start to end. */
public record GradeEvaluation(@TargetAggregateIdentifier String creditCode, String cycleId, LocalDate asOf,
                              LocalDate disclosureStart, LocalDate disclosureEnd) {
}
