package org.greencredit.domain.dataerror.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.dataerror.DataErrorReports;

/** Sent by the deadline sweep: an open report was not answered by its last day. */
public record RecordDataErrorDecisionOverdue(String creditCode, String reportId) {

    @TargetAggregateIdentifier
    public String streamId() {
        return DataErrorReports.streamIdOfReport(creditCode, reportId);
    }
}
