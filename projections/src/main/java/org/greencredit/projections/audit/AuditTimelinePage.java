package org.greencredit.projections.audit;

import java.util.List;

/** One page of the audit timeline. */
public record AuditTimelinePage(List<AuditEntry> entries) {

    public AuditTimelinePage {
        entries = List.copyOf(entries);
    }
}
