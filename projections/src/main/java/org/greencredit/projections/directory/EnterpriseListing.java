package org.greencredit.projections.directory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the enterprise directory. Profile parts are null for enterprises registered before the full profile
 * was recorded. {@code grade}, {@code gradeKind} and {@code gradeSince} describe the grade in force (null when there
 * is none); {@code tier} is the supervision tier it gives (STANDARD without a grade), {@code lenient} whether minor
 * first violations are treated leniently (轻微免罚、首违慎罚).
 */
public record EnterpriseListing(String creditCode, String name, String subdistrict, String industryCode,
                                String industryName, String managementClass, boolean keyPolluter, boolean inScope,
                                Instant registeredAt, String grade, String gradeKind, LocalDate gradeSince,
                                String tier, boolean lenient) {
}
