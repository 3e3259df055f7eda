package org.greencredit.projections.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which events the audit timeline shows; every part optional. {@code creditCode} selects an enterprise's own
 * stream and events elsewhere that name it (a decision-number claim); {@code actorId} also selects the sign-ins tried
 * with that user name; recorded and business dates are inclusive.
 */
public record AuditFilter(String creditCode, String aggregateType, String eventType, String actorId, String actorRole,
                          String actorDepartment, Instant recordedFrom, Instant recordedTo, LocalDate businessFrom,
                          LocalDate businessTo) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public static AuditFilter ofEnterprise(String creditCode) {
        return new AuditFilter(creditCode, null, null, null, null, null, null, null, null, null);
    }
}
