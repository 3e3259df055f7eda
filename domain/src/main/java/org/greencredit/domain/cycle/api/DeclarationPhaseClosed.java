package org.greencredit.domain.cycle.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** 申报已截止 for every enterprise of the cycle. */
@Revision("1")
public record DeclarationPhaseClosed(String cycleId, List<String> creditCodes, LocalDate closedOn) {
}
