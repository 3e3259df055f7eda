package org.greencredit.domain.creditfile.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** 申报事项已核查. */
@Revision("1")
public record DeclaredItemVerified(String creditCode, String itemId, VerificationOutcome outcome,
                                   LocalDate verifiedOn, String note) {
}
