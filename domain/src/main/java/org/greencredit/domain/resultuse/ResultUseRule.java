package org.greencredit.domain.resultuse;

import java.util.List;
import java.util.Optional;

/**
 * Which grades in force put an enterprise on a use's list, and how it is treated there. A grade is in at most one
 * of the two; a grade in neither puts the enterprise on no list of this use.
 */
public record ResultUseRule(ResultUse use, List<String> preferential, List<String> caution) {

    public ResultUseRule {
        if (use == null) {
            throw new IllegalArgumentException("a result-use rule names its use");
        }
        preferential = preferential == null ? List.of() : List.copyOf(preferential);
        caution = caution == null ? List.of() : List.copyOf(caution);
        for (String grade : preferential) {
            if (caution.contains(grade)) {
                throw new IllegalArgumentException("grade " + grade + " of " + use + " is both preferential and caution");
            }
        }
    }

    /** The grades listed with this treatment, in the order configured. */
    public List<String> grades(Treatment treatment) {
        return treatment == Treatment.PREFERENTIAL ? preferential : caution;
    }

    /** How an enterprise of this grade is treated, if it is listed at all. */
    public Optional<Treatment> treatmentOf(String grade) {
        if (preferential.contains(grade)) {
            return Optional.of(Treatment.PREFERENTIAL);
        }
        return caution.contains(grade) ? Optional.of(Treatment.CAUTION) : Optional.empty();
    }
}
