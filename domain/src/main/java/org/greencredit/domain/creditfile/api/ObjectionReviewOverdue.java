package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 复核逾期. */
@Revision("1")
public record ObjectionReviewOverdue(String creditCode, String cycleId, LocalDate dueOn) {
}
