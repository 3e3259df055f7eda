package org.greencredit.domain.dataerror.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.dataerror.DataErrorReports;

/** 撤回: the enterprise takes back its open report. */
public record WithdrawDataErrorReport(String creditCode, String reportId) {

    @TargetAggregateIdentifier
    public String streamId() {
        return DataErrorReports.streamIdOfReport(creditCode, reportId);
    }
}
