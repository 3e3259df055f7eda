package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 公示已结束. */
@Revision("1")
public record DisclosureClosed(String creditCode, String cycleId, LocalDate closedOn) {
}
