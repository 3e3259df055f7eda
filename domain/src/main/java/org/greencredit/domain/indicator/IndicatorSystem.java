package org.greencredit.domain.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * 指标体系: one version of the district's indicator system (dimensions, indicators and their rules, vetoes,
 * ceilings, downgrades, grades, and the procedure, repair and supervision settings). Its canonical JSON and that
 * JSON's SHA-256 are its identity ({@link IndicatorSystemJson}). Publication status and effective date belong to
 * the catalog, not to the content.
 */
public record IndicatorSystem(String system, String version, LocalizedText name, List<GradeDefinition> grades,
                              List<DimensionDefinition> dimensions, List<SpecialRule> vetoes,
                              List<SpecialRule> ceilings, List<SpecialRule> downgrades, EvaluationRules evaluation,
                              DynamicAdjustmentRules dynamicAdjustment, RepairRules repair,
                              List<SupervisionTier> supervision) {

    public IndicatorSystem {
        grades = List.copyOf(grades);
        dimensions = List.copyOf(dimensions);
        vetoes = List.copyOf(vetoes);
        ceilings = List.copyOf(ceilings);
        downgrades = List.copyOf(downgrades);
        supervision = List.copyOf(supervision);
    }

    /** Position of a grade, 0 being the best. */
    public int rank(String grade) {
        for (int i = 0; i < grades.size(); i++) {
            if (grades.get(i).code().equals(grade)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no grade " + grade + " in " + version);
    }

    @JsonIgnore
    public String worstGrade() {
        return grades.get(grades.size() - 1).code();
    }

    public Optional<GradeDefinition> grade(String code) {
        return grades.stream().filter(grade -> grade.code().equals(code)).findFirst();
    }

    public Optional<SupervisionTier> tierFor(String grade) {
        return supervision.stream().filter(tier -> tier.grade().equals(grade)).findFirst();
    }
}
