package org.greencredit.domain.dataerror;

import java.time.LocalDate;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;

/** A correction in a credit file, by the sequence number of its event in the file's stream. */
public record FactCorrection(long sequence, String factId, CorrectionOutcome outcome, LocalDate decidedOn) {
}
