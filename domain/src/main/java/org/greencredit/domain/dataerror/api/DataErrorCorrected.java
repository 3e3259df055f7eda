package org.greencredit.domain.dataerror.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;

/** 数据错误已更正: the report is resolved by the credit file's correction at {@code correctionSequence}. */
@Revision("1")
public record DataErrorCorrected(String reportId, String creditCode, String factId, long correctionSequence,
                                 CorrectionOutcome outcome, LocalDate correctionDecidedOn, String note,
                                 LocalDate resolvedOn) {
}
