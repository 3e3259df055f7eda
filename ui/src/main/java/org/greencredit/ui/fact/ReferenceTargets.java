package org.greencredit.ui.fact;

import org.greencredit.projections.creditfile.CreditFileEntry;

/** Which entries of a credit file a reference attribute may point to. */
final class ReferenceTargets {

    private ReferenceTargets() {
    }

    static boolean accepts(String attribute, CreditFileEntry entry) {
        return switch (attribute) {
            case "violationId" -> isFact(entry, "VIOLATION") && !"REVOKED".equals(entry.status());
            case "findingId" -> isFact(entry, "DIAGNOSIS_FINDING");
            case "declarationItemId" -> "DECLARATION".equals(entry.entry());
            default -> false;
        };
    }

    private static boolean isFact(CreditFileEntry entry, String type) {
        return "FACT".equals(entry.entry()) && type.equals(entry.type());
    }
}
