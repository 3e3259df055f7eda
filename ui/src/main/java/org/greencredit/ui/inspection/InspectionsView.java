package org.greencredit.ui.inspection;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.inspection.DrawSeed;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.domain.inspection.TierDraw;
import org.greencredit.projections.inspection.DrawSummary;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.projections.inspection.InspectionPlanSummary;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.catalog.IndicatorCatalogReader;
import org.greencredit.ui.inspection.InspectionWork.PlanPreview;
import org.greencredit.ui.inspection.InspectionWork.TierPreview;
import org.greencredit.ui.security.SignedInActor;
import org.greencredit.ui.export.ExportLinks;
import org.greencredit.ui.export.ExportTable;

/**
 * 双随机抽查计划 of a quarter. Before its draw: what the draw would give per supervision tier (enterprises, ratio,
 * quota and its rounding, the yearly minimum, the 正面清单's off-site checks, recent exclusions) and the inspectors
 * on duty, with the draw itself for an officer (the seed may be given; otherwise a random one is recorded). After
 * it: the seed, input hash, who drew it when, the counts per tier, every enterprise with its basis, inspectors by
 * name and result, downloadable; an officer records results and may re-draw with a reason while no result is in;
 * every draw stays in the history. An auditor reads it all and changes nothing.
 */
@Route(value = "inspections", layout = MainLayout.class)
@Menu(title = "nav.inspections", order = 52)
@RolesAllowed({"OFFICER", "AUDITOR"})
public class InspectionsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DRAWN_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                                                                       .withZone(BusinessDay.DISTRICT_ZONE);

    private final InspectionWork work;
    private final SignedInActor signedIn;
    private final IndicatorCatalogReader catalog;
    private final Clock clock;
    private final boolean officer;
    private final Select<String> period = new Select<>();
    private final VerticalLayout content = new VerticalLayout();
    private InspectionTexts texts;

    public InspectionsView(InspectionWork work, SignedInActor signedIn, IndicatorCatalogReader catalog, Clock clock) {
        this.work = work;
        this.signedIn = signedIn;
        this.catalog = catalog;
        this.clock = clock;
        this.officer = signedIn.user().role() == Role.OFFICER;

        H2 title = new H2(getTranslation("inspections.title"));
        title.setId("inspections-title");
        Paragraph about = new Paragraph(getTranslation("inspections.about"));
        InspectionPeriod current = InspectionPeriod.of(BusinessDay.today(clock));
        period.setId("inspections-period");
        period.setLabel(getTranslation("inspections.period"));
        period.setItems(periods(current));
        period.addValueChangeListener(change -> show());
        content.setId("inspections-content");
        content.setPadding(false);
        add(title, about, period, content);
        period.setValue(current.toString());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inspections.title");
    }

    /** From the first quarter of last year to the next quarter, and every quarter drawn, newest first. */
    private List<String> periods(InspectionPeriod current) {
        TreeSet<InspectionPeriod> periods = new TreeSet<>();
        for (InspectionPeriod each = new InspectionPeriod(current.year() - 1, 1); each.compareTo(current) <= 0;
             each = new InspectionPeriod(each.quarter() == 4 ? each.year() + 1 : each.year(), each.quarter() % 4 + 1)) {
            periods.add(each);
        }
        periods.add(current.quarter() == 4 ? new InspectionPeriod(current.year() + 1, 1)
                                           : new InspectionPeriod(current.year(), current.quarter() + 1));
        work.drawnPeriods().forEach(drawn -> periods.add(InspectionPeriod.parse(drawn)));
        return periods.descendingSet().stream().map(InspectionPeriod::toString).toList();
    }

    private void show() {
        content.removeAll();
        texts = new InspectionTexts(this, getLocale(), catalog, work.inspectorNames());
        String chosen = period.getValue();
        work.plan(chosen).ifPresentOrElse(this::drawn, () -> preview(chosen));
    }

    private void preview(String chosen) {
        content.add(new H3(getTranslation("inspections.preview.title", chosen)));
        PlanPreview preview;
        try {
            preview = work.preview(chosen);
        } catch (RuleViolation refused) {
            Span why = new Span(RefusalMessages.of(refused.refusal()));
            why.setId("inspections-preview-refused");
            why.addClassName("inspections-refused");
            content.add(why);
            return;
        }
        content.add(new Paragraph(getTranslation("inspections.preview.basis", preview.indicatorVersion())),
                    new Paragraph(getTranslation("inspections.preview.rounding")));
        Grid<TierPreview> tiers = new Grid<>();
        tiers.setId("inspections-preview-grid");
        tiers.setAllRowsVisible(true);
        tiers.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        tiers.addColumn(tier -> texts.tier(tier.counts().tier())).setHeader(getTranslation("inspections.tier"))
             .setAutoWidth(true);
        tiers.addColumn(tier -> tier.counts().enterprises()).setHeader(getTranslation("inspections.enterprises"))
             .setAutoWidth(true);
        tiers.addColumn(tier -> ratio(tier)).setHeader(getTranslation("inspections.ratio")).setAutoWidth(true);
        tiers.addColumn(tier -> tier.counts().offSite() ? "—" : String.valueOf(tier.counts().quota()))
             .setHeader(getTranslation("inspections.quota")).setAutoWidth(true);
        tiers.addColumn(tier -> tier.counts().yearlyMinimum())
             .setHeader(getTranslation("inspections.yearlyMinimum")).setAutoWidth(true);
        tiers.addColumn(tier -> tier.counts().recentlyInspected())
             .setHeader(getTranslation("inspections.recentlyInspected")).setAutoWidth(true);
        tiers.addColumn(tier -> tier.counts().offSite() ? tier.counts().enterprises() : 0)
             .setHeader(getTranslation("inspections.offSite")).setAutoWidth(true);
        tiers.addColumn(tier -> tier.counts().drawn()).setHeader(getTranslation("inspections.toDraw"))
             .setAutoWidth(true);
        tiers.setItems(preview.tiers());
        Span inspectors = new Span(getTranslation("inspections.preview.inspectors", preview.inspectorsOnDuty()));
        inspectors.setId("inspections-preview-inspectors");
        Span window = new Span(preview.recentWindowDays() == 0 ? getTranslation("inspections.preview.noWindow")
                : getTranslation("inspections.preview.window", preview.recentWindowDays()));
        content.add(tiers, inspectors, window);
        if (officer) {
            TextField seed = new TextField(getTranslation("inspections.seed"));
            seed.setId("inspections-seed");
            seed.setHelperText(getTranslation("inspections.seed.helper", DrawSeed.MAX_LENGTH));
            seed.setWidth("min(36rem, 100%)");
            Button draw = new Button(getTranslation("inspections.draw"), click -> {
                try {
                    String used = work.draw(chosen, seed.getValue(), signedIn.actor());
                    Notices.success(getTranslation("inspections.drawn", chosen, used));
                    show();
                } catch (RuleViolation refused) {
                    Notices.error(RefusalMessages.of(refused.refusal()));
                }
            });
            draw.setId("inspections-draw");
            draw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout bar = new HorizontalLayout(seed, draw);
            bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            content.add(bar);
        }
    }

    private String ratio(TierPreview tier) {
        if (tier.counts().offSite()) {
            return getTranslation("inspections.ratio.offSite");
        }
        BigDecimal percent = tier.rule().samplingRatioPerQuarter().movePointRight(2).stripTrailingZeros();
        return percent.toPlainString() + "%";
    }

    private void drawn(InspectionPlanSummary plan) {
        DrawSummary inForce = plan.draws().stream().filter(draw -> draw.drawId().equals(plan.drawInForce()))
                                  .findFirst().orElseThrow();
        content.add(new H3(getTranslation("inspections.drawn.title", plan.period(), inForce.drawId())));
        Span seed = new Span(getTranslation("inspections.drawn.seed", inForce.seed()));
        seed.setId("inspections-seed-used");
        Span hash = new Span(getTranslation("inspections.drawn.hash", inForce.inputHash()));
        hash.setId("inspections-input-hash");
        Span who = new Span(getTranslation("inspections.drawn.who", inForce.drawnBy(),
                                           DRAWN_AT.format(inForce.drawnAt()), inForce.indicatorVersion()));
        who.setId("inspections-drawn-by");
        VerticalLayout facts = new VerticalLayout(who, seed, hash);
        facts.setPadding(false);
        facts.setSpacing(false);
        facts.addClassName("inspections-draw-facts");
        content.add(facts, tierCounts(inForce.tiers()));

        Map<String, String> names = work.enterpriseNames(plan.entries().stream().map(InspectionEntry::creditCode)
                                                             .toList());
        Grid<InspectionEntry> grid = new Grid<>();
        grid.setId("inspections-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> names.getOrDefault(entry.creditCode(), "")).setHeader(getTranslation("inspections.name"))
            .setWidth("14em").setFlexGrow(2);
        grid.addColumn(InspectionEntry::creditCode).setHeader(getTranslation("inspections.creditCode")).setAutoWidth(true);
        grid.addColumn(entry -> texts.tier(entry.tier())).setHeader(getTranslation("inspections.tier")).setFlexGrow(1);
        grid.addColumn(texts::basis).setHeader(getTranslation("inspections.basis")).setAutoWidth(true);
        grid.addColumn(texts::inspectors).setHeader(getTranslation("inspections.inspectors")).setAutoWidth(true);
        grid.addColumn(texts::outcome).setKey("outcome").setHeader(getTranslation("inspections.outcome"))
            .setFlexGrow(1);
        if (officer) {
            grid.addComponentColumn(entry -> {
                Button record = new Button(getTranslation(entry.outcome() == null ? "inspections.record"
                                                                                  : "inspections.correct"),
                        click -> new ResultDialog(work, signedIn.actor(), entry,
                                                  names.getOrDefault(entry.creditCode(), entry.creditCode()), texts,
                                                  BusinessDay.today(clock), this::show).open());
                record.setId("inspections-record-" + entry.creditCode());
                record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return record;
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(plan.entries());
        GridCount.show(grid, "grid.empty");
        ExportLinks exports = new ExportLinks(
                "inspections", () -> getTranslation("inspections.export.file", plan.period(),
                                                     BusinessDay.today(clock).toString()),
                () -> table(plan.period()), getTranslation("supervision.export.csv"),
                getTranslation("supervision.export.xlsx"), () -> true);
        HorizontalLayout actions = new HorizontalLayout(exports);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (officer) {
            Button redraw = new Button(getTranslation("inspections.redraw"), click -> openRedraw(plan.period()));
            redraw.setId("inspections-redraw");
            redraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(redraw);
        }
        content.add(new H3(getTranslation("inspections.entries", plan.entries().size())), actions, grid,
                    new H3(getTranslation("inspections.history")), history(plan.draws()));
    }

    private Grid<TierDraw> tierCounts(List<TierDraw> tiers) {
        Grid<TierDraw> grid = new Grid<>();
        grid.setId("inspections-tier-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(tier -> texts.tier(tier.tier())).setHeader(getTranslation("inspections.tier")).setAutoWidth(true);
        grid.addColumn(TierDraw::enterprises).setHeader(getTranslation("inspections.enterprises")).setAutoWidth(true);
        grid.addColumn(tier -> tier.offSite() ? "—" : String.valueOf(tier.quota()))
            .setHeader(getTranslation("inspections.quota")).setAutoWidth(true);
        grid.addColumn(TierDraw::yearlyMinimum).setHeader(getTranslation("inspections.yearlyMinimum")).setAutoWidth(true);
        grid.addColumn(TierDraw::recentlyInspected).setHeader(getTranslation("inspections.recentlyInspected"))
            .setAutoWidth(true);
        grid.addColumn(tier -> tier.offSite() ? tier.enterprises() : 0).setHeader(getTranslation("inspections.offSite"))
            .setAutoWidth(true);
        grid.addColumn(TierDraw::drawn).setHeader(getTranslation("inspections.drawnCount")).setAutoWidth(true);
        grid.setItems(tiers);
        return grid;
    }

    private Grid<DrawSummary> history(List<DrawSummary> draws) {
        Grid<DrawSummary> grid = new Grid<>();
        grid.setId("inspections-history");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DrawSummary::drawId).setHeader(getTranslation("inspections.history.draw")).setAutoWidth(true);
        grid.addColumn(draw -> DRAWN_AT.format(draw.drawnAt())).setHeader(getTranslation("inspections.history.at"))
            .setAutoWidth(true);
        grid.addColumn(DrawSummary::drawnBy).setHeader(getTranslation("inspections.history.by")).setAutoWidth(true);
        grid.addColumn(DrawSummary::seed).setHeader(getTranslation("inspections.history.seed")).setFlexGrow(1);
        grid.addColumn(draw -> draw.reason() == null ? "" : draw.reason())
            .setHeader(getTranslation("inspections.history.reason")).setFlexGrow(1);
        grid.addColumn(draw -> draw.supersededBy() == null ? getTranslation("inspections.history.inForce")
                : getTranslation("inspections.history.supersededBy", draw.supersededBy()))
            .setHeader(getTranslation("inspections.history.state")).setAutoWidth(true);
        List<DrawSummary> newestFirst = new ArrayList<>(draws);
        Collections.reverse(newestFirst);
        grid.setItems(newestFirst);
        return grid;
    }

    private void openRedraw(String chosen) {
        Dialog dialog = new Dialog(getTranslation("inspections.redraw.title", chosen));
        dialog.setId("inspections-redraw-dialog");
        dialog.setWidth("min(36rem, 95vw)");
        Paragraph kept = new Paragraph(getTranslation("inspections.redraw.kept"));
        TextArea reason = new TextArea(getTranslation("inspections.redraw.reason"));
        reason.setId("inspections-redraw-reason");
        reason.setWidthFull();
        TextField seed = new TextField(getTranslation("inspections.seed"));
        seed.setId("inspections-redraw-seed");
        seed.setHelperText(getTranslation("inspections.seed.helper", DrawSeed.MAX_LENGTH));
        seed.setWidthFull();
        Button confirm = new Button(getTranslation("inspections.redraw.submit"), click -> {
            try {
                String used = work.redraw(chosen, seed.getValue(), reason.getValue(), signedIn.actor());
                Notices.success(getTranslation("inspections.redrawn", chosen, used));
                dialog.close();
                show();
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        confirm.setId("inspections-redraw-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new VerticalLayout(kept, reason, seed));
        dialog.getFooter().add(new Button(getTranslation("inspections.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** The plan in force as a table for CSV and Excel, read again at each download. */
    private ExportTable table(String chosen) {
        InspectionPlanSummary plan = work.plan(chosen).orElseThrow();
        Map<String, String> names = work.enterpriseNames(plan.entries().stream().map(InspectionEntry::creditCode)
                                                             .toList());
        List<List<String>> rows = plan.entries().stream().map(entry -> List.of(
                names.getOrDefault(entry.creditCode(), ""), entry.creditCode(), texts.tier(entry.tier()),
                texts.basis(entry), texts.inspectors(entry), texts.outcome(entry))).toList();
        return new ExportTable(getTranslation("inspections.export.sheet", chosen, plan.drawInForce()),
                               List.of(getTranslation("inspections.name"), getTranslation("inspections.creditCode"),
                                       getTranslation("inspections.tier"), getTranslation("inspections.basis"),
                                       getTranslation("inspections.inspectors"), getTranslation("inspections.outcome")),
                               rows);
    }
}
