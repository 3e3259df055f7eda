package org.greencredit.domain.cycle.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** 公示已结束. */
@Revision("1")
public record DisclosurePhaseClosed(String cycleId, List<String> creditCodes, LocalDate closedOn) {
}
