package org.greencredit.ui.indicator;

import org.greencredit.ui.catalog.IndicatorCatalogReader;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.indicator.CatalogEntry;
import org.greencredit.domain.indicator.DimensionDefinition;
import org.greencredit.domain.indicator.GradeDefinition;
import org.greencredit.domain.indicator.IndicatorDefinition;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.indicator.SpecialRule;
import org.greencredit.domain.indicator.VersionStatus;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.security.SignedInActor;

/**
 * 评价指南 (R15, 宣贯培训): one version of the indicator system explained in plain words — how points are earned and
 * lost, what caps or lowers a grade, what each grade means for supervision — laid out to print as a clean PDF.
 */
@Route(value = "indicators/guide/:" + IndicatorGuideView.VERSION, layout = MainLayout.class)
@PermitAll
public class IndicatorGuideView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String VERSION = "version";

    private final IndicatorCatalogReader catalog;
    private final boolean administrator;
    private String title = "";

    public IndicatorGuideView(IndicatorCatalogReader catalog, SignedInActor signedIn) {
        this.catalog = catalog;
        this.administrator = signedIn.user().role() == Role.ADMIN;
        setId("indicator-guide");
        addClassName("indicator-guide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String version = event.getRouteParameters().get(VERSION).orElse("");
        CatalogEntry entry = catalog.version(version)
                                    .filter(found -> administrator || found.status() != VersionStatus.DRAFT)
                                    .orElse(null);
        if (entry == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        render(IndicatorSystemJson.read(entry.canonicalJson()), entry);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(IndicatorSystem system, CatalogEntry entry) {
        Locale locale = getLocale();
        Texts texts = new Texts(this);
        RuleWording wording = new RuleWording(texts);
        title = getTranslation("indicator.guide.title", system.name().in(locale), system.version());

        Button print = new Button(getTranslation("indicator.guide.print"), VaadinIcon.PRINT.create(),
                                  click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("indicator-guide-print");
        print.addClassName("indicator-guide-print");
        H2 heading = new H2(title);
        heading.setId("indicator-guide-title");
        add(heading, print, new Paragraph(getTranslation("indicator.guide.effective",
                                                          entry.effectiveFrom() == null ? "—" : entry.effectiveFrom().toString(),
                                                          entry.versionHash().substring(0, 12))));

        add(new H3(getTranslation("indicator.guide.howScored")));
        add(new Paragraph(getTranslation("indicator.guide.howScored.text")));
        for (DimensionDefinition dimension : system.dimensions()) {
            add(new Paragraph(getTranslation("indicator.guide.dimension", dimension.name().in(locale),
                                             IndicatorSystemDetails.plain(dimension.base()),
                                             IndicatorSystemDetails.plain(dimension.max()))));
            UnorderedList indicators = new UnorderedList();
            for (IndicatorDefinition indicator : dimension.indicators()) {
                UnorderedList rules = new UnorderedList();
                indicator.rules().forEach(rule -> rules.add(new ListItem(getTranslation(
                        "indicator.guide.rule", wording.window(rule.window()), wording.match(rule.match()),
                        wording.points(rule.points(), rule.match().type())))));
                ListItem item = new ListItem(getTranslation("indicator.guide.indicator", indicator.name().in(locale),
                                                            IndicatorSystemDetails.plain(indicator.cap())));
                item.add(rules);
                indicators.add(item);
            }
            add(indicators);
        }

        add(new H3(getTranslation("indicator.guide.grades")));
        add(bullets(system.grades().stream().map(grade -> gradeLine(grade, locale)).toList()));

        add(new H3(getTranslation("indicator.guide.special")));
        add(new Paragraph(getTranslation("indicator.guide.special.text")));
        add(specialRules(wording, locale, "indicator.guide.veto", system.vetoes(), system.worstGrade()));
        add(specialRules(wording, locale, "indicator.guide.ceiling", system.ceilings(), null));
        add(specialRules(wording, locale, "indicator.guide.downgrade", system.downgrades(), null));

        add(new H3(getTranslation("indicator.guide.supervision")));
        add(bullets(system.supervision().stream().map(tier -> getTranslation(
                "indicator.guide.tier", tier.grade(), tier.name().in(locale),
                getTranslation("indicator.guide.lenient." + tier.lenientForMinorFirstViolation()))).toList()));

        add(new H3(getTranslation("indicator.guide.improve")));
        add(new Paragraph(getTranslation("indicator.guide.improve.text",
                                         String.join("、", system.repair().eligibleGrades()))));
    }

    private String gradeLine(GradeDefinition grade, Locale locale) {
        return getTranslation("indicator.guide.grade", grade.code(), grade.name().in(locale),
                              IndicatorSystemDetails.plain(grade.minScore()));
    }

    private Component specialRules(RuleWording wording, Locale locale, String key, List<SpecialRule> rules,
                                   String worstGrade) {
        return bullets(rules.stream().map(rule -> getTranslation(
                key, rule.name().in(locale), wording.window(rule.window()), wording.match(rule.match()),
                rule.maxGrade() != null ? rule.maxGrade() : worstGrade == null ? "" : worstGrade)).toList());
    }

    private static UnorderedList bullets(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }
}
