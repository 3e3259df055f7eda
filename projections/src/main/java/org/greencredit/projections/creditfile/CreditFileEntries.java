package org.greencredit.projections.creditfile;

import java.util.List;

/** The facts and declared items of one credit file, ordered by the date they occurred and their id. */
public record CreditFileEntries(List<CreditFileEntry> entries) {

    public CreditFileEntries {
        entries = List.copyOf(entries);
    }
}
