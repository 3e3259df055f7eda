package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.Component;
import org.greencredit.projections.decision.DecisionSummary;

/** 生效期间: when a decision was the grade in force, as the decision lists say it. */
final class DecisionValidity {

    private DecisionValidity() {
    }

    /** In the language of {@code where}'s UI. */
    static String of(DecisionSummary decision, Component where) {
        if (decision.validFrom() == null) {
            return where.getTranslation("creditfile.decision.neverInForce");
        }
        return decision.validTo() == null
               ? where.getTranslation("creditfile.decision.validSince", decision.validFrom())
               : where.getTranslation("creditfile.decision.validBetween", decision.validFrom(), decision.validTo());
    }
}
