package org.greencredit.projections.audit;

/** How many events the filter selects. */
public record CountAuditEntries(AuditFilter filter) {

    public CountAuditEntries {
        filter = filter == null ? AuditFilter.everything() : filter;
    }
}
