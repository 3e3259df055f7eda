package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 核查已完毕. */
@Revision("1")
public record VerificationCompleted(String creditCode, String cycleId, LocalDate completedOn) {
}
