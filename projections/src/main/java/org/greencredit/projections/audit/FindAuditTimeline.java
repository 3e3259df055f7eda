package org.greencredit.projections.audit;

/** 审计时间线: one page of the events the filter selects, in the order they were recorded. */
public record FindAuditTimeline(AuditFilter filter, int offset, int limit) {

    public FindAuditTimeline {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        filter = filter == null ? AuditFilter.everything() : filter;
    }
}
