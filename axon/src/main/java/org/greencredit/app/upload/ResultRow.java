package org.greencredit.app.upload;

import java.time.LocalDate;

/**
 * One enterprise's effective published result in a cycle, as the credit platform receives it (the fields of
 * docs/credit-platform-upload.md). Two rows are equal when the platform would hold the same thing, so a row that
 * equals what earlier uploads carried is not sent again.
 */
public record ResultRow(String recordId, String subjectName, String creditCode, String grade, String gradeMeaning,
                        int evaluationYear, LocalDate periodFrom, LocalDate periodTo, String decisionKind,
                        LocalDate decidedOn, LocalDate validFrom, LocalDate validTo, String decisionId,
                        String indicatorVersion, String authority, String dataSource, String cycleId) {

    /** The record id under which the platform keeps an enterprise's result of a cycle across uploads. */
    static String recordId(String cycleId, String creditCode) {
        return "GC-" + cycleId + "-" + creditCode;
    }
}
