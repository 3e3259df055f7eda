package org.greencredit.ui.publicpage;

import java.time.LocalDate;

/**
 * One published grade of an enterprise as the public may see it: the grade, the kind of decision (FINAL, REVIEWED,
 * DYNAMIC or REPAIR), the days it was in force ({@code validUntil} excluded, null while it still is), the cycle and
 * the indicator-system version. No points, no facts: the public page cannot show what it is never given.
 */
public record PublishedGrade(String grade, String kind, LocalDate validFrom, LocalDate validUntil, String cycleId,
                             String version) {
}
