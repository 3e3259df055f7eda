package org.greencredit.ui.indicator;

import org.greencredit.ui.components.SimpleTable;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greencredit.domain.indicator.DimensionDefinition;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.SpecialRule;

/**
 * One version of the indicator system laid out as tables: grades, dimensions with their indicators and rules,
 * vetoes, ceilings, downgrades and the supervision tier of each grade.
 */
final class IndicatorSystemDetails extends VerticalLayout {

    IndicatorSystemDetails(IndicatorSystem system, Locale locale) {
        setId("indicator-detail");
        setPadding(false);
        Texts texts = new Texts(this);
        RuleWording wording = new RuleWording(texts);

        add(new H3(system.name().in(locale) + " · " + system.version()));

        add(new H4(texts.text("indicator.grades")));
        add(new SimpleTable("indicator-grades",
                            List.of(texts.text("indicator.grade"), texts.text("indicator.grade.name"),
                                    texts.text("indicator.grade.minScore")),
                            system.grades().stream().map(grade -> List.of(grade.code(), grade.name().in(locale),
                                                                          plain(grade.minScore()))).toList()));

        for (DimensionDefinition dimension : system.dimensions()) {
            add(new H4(texts.text("indicator.dimension.heading", dimension.name().in(locale),
                                  plain(dimension.base()), plain(dimension.max()))));
            List<List<String>> rows = new ArrayList<>();
            dimension.indicators().forEach(indicator -> indicator.rules().forEach(rule -> rows.add(List.of(
                    indicator.code() + " " + indicator.name().in(locale), plain(indicator.cap()), rule.id(),
                    wording.match(rule.match()), wording.window(rule.window()), wording.points(rule.points(), rule.match().type())))));
            add(new SimpleTable("indicator-dimension-" + dimension.code(),
                                List.of(texts.text("indicator.indicator"), texts.text("indicator.cap"),
                                        texts.text("indicator.rule"), texts.text("indicator.rule.match"),
                                        texts.text("indicator.rule.window"), texts.text("indicator.rule.points")),
                                rows));
        }

        special(texts, wording, locale, "vetoes", system.vetoes());
        special(texts, wording, locale, "ceilings", system.ceilings());
        special(texts, wording, locale, "downgrades", system.downgrades());

        add(new H4(texts.text("indicator.supervision")));
        add(new SimpleTable("indicator-tiers",
                            List.of(texts.text("indicator.grade"), texts.text("indicator.tier"),
                                    texts.text("indicator.tier.sampling"), texts.text("indicator.tier.visits"),
                                    texts.text("indicator.tier.lenient")),
                            system.supervision().stream().map(tier -> List.of(
                                    tier.grade(), tier.name().in(locale),
                                    plain(tier.samplingRatioPerQuarter().movePointRight(2)) + "%",
                                    String.valueOf(tier.minOnSiteVisitsPerYear()),
                                    texts.text("indicator.value." + tier.lenientForMinorFirstViolation()))).toList()));
    }

    private void special(Texts texts, RuleWording wording, Locale locale, String kind, List<SpecialRule> rules) {
        add(new H4(texts.text("indicator." + kind)));
        if (rules.isEmpty()) {
            add(new Paragraph(texts.text("indicator.none")));
            return;
        }
        add(new SimpleTable("indicator-" + kind,
                            List.of(texts.text("indicator.rule"), texts.text("indicator.rule.name"),
                                    texts.text("indicator.rule.match"), texts.text("indicator.rule.window"),
                                    texts.text("indicator.rule.maxGrade")),
                            rules.stream().map(rule -> List.of(rule.id(), rule.name().in(locale),
                                                               wording.match(rule.match()), wording.window(rule.window()),
                                                               rule.maxGrade() == null ? "" : rule.maxGrade())).toList()));
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
