package org.greencredit.domain.cycle.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 评价周期已结束. */
@Revision("1")
public record CycleClosed(String cycleId, LocalDate closedOn) {
}
