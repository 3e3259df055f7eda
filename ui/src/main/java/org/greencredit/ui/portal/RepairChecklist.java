package org.greencredit.ui.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.repair.RepairCondition;
import org.greencredit.domain.scoring.FactLabel;

/**
 * 信用修复条件自查: the repair rules of the domain ({@code RepairEligibility}) applied today to the enterprise's own
 * credit file, so the enterprise sees before applying what the officer will see when deciding. Implemented in the
 * application from the credit file's events.
 */
public interface RepairChecklist {

    /** A fact id as the application generates them; never shown to a reader. */
    Pattern FACT_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}(:.*)?");

    /** The check for repairing {@code factIds} (may be empty) with {@code commitment} (may be blank). */
    RepairCheck check(String creditCode, List<String> factIds, String commitment);

    /**
     * {@code grade}: the grade in force (null without one); {@code repairableFacts}: the facts of that grade the
     * enterprise may ask to repair; {@code refusal}: why an application would be refused up front (null if it would
     * not); {@code conditions}: each condition and whether it holds (empty until facts are chosen); {@code known}:
     * the facts of the file a condition or an application may name, by id, so they can be shown by their label.
     */
    record RepairCheck(String grade, List<ResolvedFact> repairableFacts, Refusal refusal,
                       List<RepairCondition> conditions, Map<String, ResolvedFact> known) {

        public RepairCheck {
            repairableFacts = List.copyOf(repairableFacts);
            conditions = List.copyOf(conditions);
            known = Map.copyOf(known);
        }

        /**
         * Fact ids among {@code details} replaced by the facts' labels (type, decision number or title, date); other
         * details (a date the waiting period ends) as they are, and a fact the file no longer holds as "a fact".
         */
        public List<String> named(List<String> details, Locale locale) {
            Locale supported = DomainText.supported(locale);
            return details.stream().map(detail -> known.containsKey(detail) ? FactLabel.of(known.get(detail), supported)
                    : FACT_ID.matcher(detail).matches() ? DomainText.text(supported, "factLabel.unknown") : detail)
                          .toList();
        }

        /** The domain would take an application now (approval still needs every condition to hold then). */
        public boolean mayApply() {
            return refusal == null && !conditions.isEmpty();
        }
    }
}
