package org.greencredit.projections.inspection;

import java.util.List;

/** Inspection entries in the order the query states. */
public record InspectionEntries(List<InspectionEntry> entries) {

    public InspectionEntries {
        entries = List.copyOf(entries);
    }
}
