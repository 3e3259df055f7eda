package org.greencredit.domain.dataerror.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.dataerror.DataErrorReports;

/** 不予更正: an officer finds the fact right and says why. */
public record RefuseDataErrorReport(String creditCode, String reportId, String reason) {

    @TargetAggregateIdentifier
    public String streamId() {
        return DataErrorReports.streamIdOfReport(creditCode, reportId);
    }
}
