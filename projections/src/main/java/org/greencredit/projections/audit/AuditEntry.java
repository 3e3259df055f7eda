package org.greencredit.projections.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One stored event as the audit timeline shows it: what happened (event type), to which stream and at which
 * position, the business date it concerns, when it was recorded, who did it (actor id, role, department, and for
 * an enterprise user its credit code) and, for a fact, where the information came from. A sign-in event belongs to
 * no stream (no aggregate, sequence 0) and carries its {@link SignInDetails} instead. An import's events, and the enterprises and facts an import brought in,
 * carry {@link ImportDetails}.
 */
public record AuditEntry(String eventId, String aggregateType, String aggregateId, long sequence, String eventType,
                         String creditCode, LocalDate businessDate, Instant recordedAt, String actorId,
                         String actorRole, String actorDepartment, String actorCreditCode, String source,
                         SignInDetails signIn, ImportDetails imported) {
}
