package org.greencredit.projections.dataerror;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.dataerror.ReportState;

/**
 * A data error report as the enterprise and the officer see it: the fact as it stood when reported (type, date,
 * attributes), the reason, the evidence files, the working-day deadline and whether it passed, and how it ended —
 * {@code state} OPEN, CORRECTED, REFUSED or WITHDRAWN, with the correction's outcome or the refusal's reason.
 * {@code fileSequence} is the credit file's last event when it was reported; the correction that resolves it
 * comes later.
 */
public record DataErrorReportSummary(String reportId, String creditCode, String factId, String factType,
                                     LocalDate factOccurredOn, Map<String, Object> factAttributes, String reason,
                                     List<Evidence> evidence, LocalDate reportedOn, LocalDate decisionDeadline,
                                     long fileSequence, ReportState state, LocalDate closedOn, String refusalReason,
                                     String correctionOutcome, String note, boolean overdue) {

    public DataErrorReportSummary {
        evidence = List.copyOf(evidence);
    }

    /** One evidence file: its name as uploaded, SHA-256, size and media type. */
    public record Evidence(String name, String sha256, long sizeBytes, String mediaType) {
    }
}
