package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 初评等级公示中, start and end included. */
@Revision("1")
public record EvaluationDisclosed(String creditCode, String cycleId, LocalDate disclosureStart,
                                  LocalDate disclosureEnd) {
}
