package org.greencredit.domain.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;

/**
 * How a fact is named to people: its type (for a violation its category and severity), the attribute by which
 * the bureau itself tells such facts apart — a penalty decision number, an award's title, a report period — and
 * its date. Never the fact's internal id, which means nothing to a reader.
 */
public final class FactLabel {

    /** Per type, the attribute that identifies one fact of it in the bureau's own documents. */
    private static final Map<FactType, String> IDENTIFYING = Map.of(FactType.VIOLATION, "decisionNo",
                                                                    FactType.AWARD, "title",
                                                                    FactType.PERMIT_REPORT, "reportPeriod",
                                                                    FactType.MONITORING_EXCEEDANCE, "pollutant",
                                                                    FactType.COMPLAINT, "channel",
                                                                    FactType.DIAGNOSIS_FINDING, "description");

    private FactLabel() {
    }

    /** The attribute that identifies one fact of {@code type} in the bureau's documents, if the type has one. */
    public static Optional<String> identifyingAttribute(FactType type) {
        return Optional.ofNullable(IDENTIFYING.get(type));
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
        String identifying = IDENTIFYING.get(fact.type());
        if (identifying != null && fact.attributes().has(identifying)
                && !fact.attributes().text(identifying).isBlank()) {
            what = DomainText.text(locale, "factLabel.identified", what, fact.attributes().text(identifying).strip());
        }
        return what + " " + fact.occurredOn();
    }
}
