package org.greencredit.domain.cycle.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** 评价结果已公开. */
@Revision("1")
public record FinalGradesPublished(String cycleId, List<String> creditCodes, LocalDate publishedOn) {
}
