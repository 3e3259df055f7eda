package org.greencredit.projections.published;

import java.time.LocalDate;

/**
 * 公开的评价结果: an enterprise's effective published result — its grade in force from the latest FINAL, REVIEWED,
 * DYNAMIC or REPAIR decision, never a PRELIMINARY one — with the supervision tier that grade gives under the recorded
 * indicator-system version. {@code validUntil} is the day the enterprise left the evaluation scope, null while the
 * result stands; {@code cursor} is the change-feed position of the change that made the result what it is.
 */
public record PublishedResult(String creditCode, String enterpriseName, String grade, String tier,
                              String decisionKind, String decisionId, String indicatorSystem, String indicatorVersion,
                              String versionHash, LocalDate validFrom, LocalDate validUntil, String cycleId,
                              LocalDate decidedOn, long cursor) {
}
