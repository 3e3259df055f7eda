package org.greencredit.projections.creditfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One fact or declared item of a credit file with where it stands. {@code entry} is FACT or DECLARATION;
 * {@code status} is COUNTED, CHANGED, REVOKED or REPAIRED for a fact and PENDING, CONFIRMED, REJECTED, FALSE or
 * LAPSED for a declared item; {@code statusSince} is the business date of the last change of status;
 * {@code sourceRecordId} the source system's own record id of an imported fact (null otherwise).
 */
public record CreditFileEntry(String id, String creditCode, String entry, String type, LocalDate occurredOn,
                              String source, String evidenceDocumentNo, String evidenceDescription,
                              Map<String, Object> attributes, String status, LocalDate statusSince, String cycleId,
                              Instant recordedAt, String sourceRecordId) {
}
