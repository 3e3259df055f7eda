package org.greencredit.domain.inspection.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.inspection.DrawInputs;
import org.greencredit.domain.inspection.DrawResult;

/**
 * 已抽取: the period's first draw, self-contained — seed, every input and their SHA-256, and the result — so that
 * {@code verify-draw} can recompute it from this event alone. {@code drawId} is {@code <period>#1}.
 */
@Revision("1")
public record InspectionsDrawn(String period, String drawId, String seed, DrawInputs inputs, String inputHash,
                               DrawResult result, LocalDate drawnOn, Instant drawnAt, String drawnBy) {
}
