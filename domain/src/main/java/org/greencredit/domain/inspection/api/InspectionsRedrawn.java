package org.greencredit.domain.inspection.api;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.inspection.DrawInputs;
import org.greencredit.domain.inspection.DrawResult;

/**
 * 已重新抽取: a later draw of the period, in force from now on; {@code supersededDrawId} stays in the history.
 * Self-contained like {@link InspectionsDrawn}; {@code drawId} is {@code <period>#<n>}.
 */
@Revision("1")
public record InspectionsRedrawn(String period, String drawId, String supersededDrawId, String reason, String seed,
                                 DrawInputs inputs, String inputHash, DrawResult result, LocalDate drawnOn,
                                 Instant drawnAt, String drawnBy) {
}
