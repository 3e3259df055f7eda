package org.greencredit.domain.dataerror.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greencredit.domain.dataerror.DataErrorReports;
import org.greencredit.domain.dataerror.EvidenceFile;

/**
 * 报告数据错误: an enterprise says a fact of its own credit file is wrong, why, and with which files. Answered with
 * the new report's id.
 */
public record ReportDataError(String creditCode, String factId, String reason, List<EvidenceFile> evidence) {

    @TargetAggregateIdentifier
    public String streamId() {
        return DataErrorReports.streamId(creditCode, factId);
    }
}
