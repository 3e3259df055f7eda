package org.greencredit.domain.scoring;

import java.util.Locale;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;

/** How a fact is named in explanations: its type, and for a violation its category and severity; then its date. */
public final class FactLabel {

    private FactLabel() {
    }

    public static String of(ResolvedFact fact, Locale locale) {
        String what = DomainText.text(locale, "factType." + fact.type());
        if (fact.type() == FactType.VIOLATION && fact.attributes().has("category")) {
            what = DomainText.text(locale, "violationCategory." + fact.attributes().text("category"));
            if (fact.attributes().has("severity")) {
                what = DomainText.text(locale, "factLabel.detail", what,
                                       DomainText.text(locale, "severity." + fact.attributes().text("severity")));
            }
        } else if (fact.type() == FactType.GREEN_PRACTICE && fact.attributes().has("kind")) {
            what = DomainText.text(locale, "greenPracticeKind." + fact.attributes().text("kind"));
        }
        return what + " " + fact.occurredOn();
    }
}
