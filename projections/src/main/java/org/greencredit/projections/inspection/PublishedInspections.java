package org.greencredit.projections.inspection;

import java.time.LocalDate;
import java.util.List;

/** 一公开 of a period: the day the plan in force was drawn, its seed and input hash (anyone may check the draw), and its enterprises. */
public record PublishedInspections(String period, LocalDate drawnOn, String seed, String inputHash,
                                   List<PublishedInspection> inspections) {

    public PublishedInspections {
        inspections = List.copyOf(inspections);
    }
}
