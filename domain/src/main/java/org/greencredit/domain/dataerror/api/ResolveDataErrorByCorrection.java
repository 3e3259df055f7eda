package org.greencredit.domain.dataerror.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.dataerror.DataErrorReports;

/**
 * 以更正办结: an officer corrected the fact in the credit file and resolves the report with that correction, named
 * by the sequence number of its event in the credit file's stream.
 */
public record ResolveDataErrorByCorrection(String creditCode, String reportId, Long correctionSequence, String note) {

    @TargetAggregateIdentifier
    public String streamId() {
        return DataErrorReports.streamIdOfReport(creditCode, reportId);
    }
}
