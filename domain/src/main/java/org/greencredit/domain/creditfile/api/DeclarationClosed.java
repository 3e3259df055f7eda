package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 申报已截止; verification begins. */
@Revision("1")
public record DeclarationClosed(String creditCode, String cycleId, LocalDate closedOn) {
}
