package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The cycle published its grades while this enterprise's review was open: its FINAL decision follows the review. */
@Revision("1")
public record FinalPublicationAnnounced(String creditCode, String cycleId, LocalDate announcedOn) {
}
