package org.greencredit.projections.dataerror;

import java.util.List;

public record DataErrorReportList(List<DataErrorReportSummary> reports) {

    public DataErrorReportList {
        reports = List.copyOf(reports);
    }
}
