package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.fact.Evidence;

/** 异议已提出; to be reviewed by {@code reviewDeadline}. */
@Revision("1")
public record ObjectionFiled(String creditCode, String cycleId, String reason, Evidence evidence, LocalDate filedOn,
                             LocalDate reviewDeadline) {
}
