package org.greencredit.projections.evaluation;

/**
 * Grades of a cycle counted per street/town or per industry (the industry code's section letter and two digits),
 * for charts: the final grade where published, the preliminary one before. Answered as {@link CycleStatistics}.
 */
public record FindCycleStatistics(String cycleId, GroupBy groupBy) {

    public enum GroupBy {
        SUBDISTRICT,
        INDUSTRY
    }
}
