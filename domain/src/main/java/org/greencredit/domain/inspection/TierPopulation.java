package org.greencredit.domain.inspection;

import java.util.List;

/** The enterprises in scope of one supervision tier when the plan was drawn, by credit code (sorted). */
public record TierPopulation(String tier, List<String> creditCodes) {

    public TierPopulation {
        creditCodes = creditCodes.stream().sorted().toList();
    }
}
