package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.scoring.Contribution;
import org.greencredit.domain.scoring.DimensionScore;
import org.greencredit.domain.scoring.FactLabel;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorScore;
import org.greencredit.domain.scoring.RuleHit;
import org.greencredit.ui.portal.RepairChecklist.RepairCheck;
import org.greencredit.ui.portal.RepairVerdict;

/**
 * 失分原因与改进建议 (R15): for the enterprise itself, what cost it points in the grade in force — each indicator
 * that lost points, each veto, ceiling and downgrade — with the facts behind it and what to do about them, and
 * whether it may apply for credit repair. The losses come from the shown decision's own breakdown (the advice texts
 * are in the bundles, one per kind of fact); whether it may apply for repair is the portal's {@link RepairVerdict}
 * on the grade in force, word for word.
 */
class ImprovementSection extends VerticalLayout {

    private final Map<String, ResolvedFact> facts;
    private final Locale locale;

    ImprovementSection(GradeDecision decision, VersionNames names, RepairCheck repair, Locale locale) {
        this.locale = locale;
        this.facts = decision.facts().stream().collect(Collectors.toMap(ResolvedFact::factId, Function.identity(),
                                                                        (a, b) -> a));
        setId("creditfile-advice");
        addClassName("creditfile-section");
        setPadding(false);
        add(new H3(getTranslation("creditfile.advice.title")));

        List<Div> items = new ArrayList<>();
        for (DimensionScore dimension : decision.dimensions()) {
            for (IndicatorScore indicator : dimension.indicators()) {
                List<String> lost = indicator.contributions().stream().filter(c -> c.points().signum() < 0)
                                             .map(Contribution::factId).distinct().toList();
                if (indicator.points().signum() < 0 && !lost.isEmpty()) {
                    items.add(item(getTranslation("creditfile.advice.indicator", names.indicator(indicator.code(), locale),
                                                  indicator.points().negate().toPlainString()),
                                   lost, adviceFor(lost)));
                }
            }
        }
        for (RuleHit veto : decision.vetoes()) {
            items.add(item(getTranslation("creditfile.advice.veto", names.rule(veto.ruleId(), locale)), veto.factIds(),
                           withRuleAdvice(veto.factIds(), "creditfile.advice.veto.do")));
        }
        for (RuleHit ceiling : decision.ceilings()) {
            items.add(item(getTranslation("creditfile.advice.ceiling", names.rule(ceiling.ruleId(), locale),
                                          ceiling.maxGrade()),
                           ceiling.factIds(), withRuleAdvice(ceiling.factIds(), "creditfile.advice.ceiling.do")));
        }
        for (RuleHit downgrade : decision.downgrades()) {
            items.add(item(getTranslation("creditfile.advice.downgrade", names.rule(downgrade.ruleId(), locale)),
                           downgrade.factIds(), withRuleAdvice(downgrade.factIds(), "creditfile.advice.downgrade.do")));
        }
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("creditfile.advice.none"));
            none.setId("creditfile-advice-none");
            add(none);
        } else {
            items.forEach(this::add);
        }
        add(new RepairVerdict("creditfile-advice-repair", repair));
    }

    private Div item(String title, List<String> factIds, List<String> advice) {
        Div item = new Div();
        item.addClassName("creditfile-advice-item");
        item.add(new H4(title));
        UnorderedList behind = new UnorderedList();
        factIds.stream().filter(facts::containsKey)
               .forEach(id -> behind.add(new ListItem(FactLabel.of(facts.get(id), locale))));
        item.add(behind);
        advice.forEach(text -> {
            Paragraph paragraph = new Paragraph(text);
            paragraph.addClassName("creditfile-advice-do");
            item.add(paragraph);
        });
        return item;
    }

    /** One piece of advice per kind of fact behind a loss, in the order the facts come. */
    private List<String> adviceFor(List<String> factIds) {
        Set<FactType> types = new LinkedHashSet<>();
        factIds.stream().filter(facts::containsKey).forEach(id -> types.add(facts.get(id).type()));
        return types.stream().map(type -> getTranslation("creditfile.advice.fact." + type.name())).toList();
    }

    private List<String> withRuleAdvice(List<String> factIds, String ruleAdviceKey) {
        List<String> advice = new ArrayList<>();
        advice.add(getTranslation(ruleAdviceKey));
        advice.addAll(adviceFor(factIds));
        return advice;
    }
}
