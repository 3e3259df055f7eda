package org.greencredit.domain.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A veto, ceiling or downgrade that applied, with the facts that triggered it (and a ceiling's maximum grade). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleHit(String ruleId, List<String> factIds, String maxGrade) {

    public RuleHit {
        factIds = List.copyOf(factIds);
    }
}
