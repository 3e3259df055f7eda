package org.greencredit.domain.dataerror.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greencredit.domain.dataerror.EvidenceFile;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;

/**
 * 数据错误已报告: the fact as it stood when reported (type, date, attributes — from the credit file, not from the
 * enterprise), the reason, the files, the day and the working-day deadline of the bureau's answer, and the sequence
 * number of the credit file's last event then: a correction that resolves the report comes after it.
 */
@Revision("1")
public record DataErrorReported(String reportId, String creditCode, String factId, FactType factType,
                                LocalDate factOccurredOn, FactAttributes factAttributes, String reason,
                                List<EvidenceFile> evidence, LocalDate reportedOn, LocalDate decisionDeadline,
                                long fileSequence) {
}
