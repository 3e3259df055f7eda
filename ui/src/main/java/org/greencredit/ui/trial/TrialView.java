package org.greencredit.ui.trial;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.domain.indicator.CatalogEntry;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.TrialEvaluation;
import org.greencredit.domain.trial.TrialPopulation;
import org.greencredit.domain.trial.TrialResult;
import org.greencredit.domain.trial.TrialRules;
import org.greencredit.domain.trial.api.TrialRunRecorded;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.components.LocalizedDatePicker;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.catalog.IndicatorCatalogReader;
import org.greencredit.ui.components.SimpleTable;
import org.greencredit.ui.security.SignedInActor;
import org.greencredit.ui.export.ExportTable;
import org.greencredit.ui.export.XlsxExport;

/**
 * 试评价: scores a version of the indicator system — a draft too — over a population next to a baseline and shows
 * what it would do: the grade distributions side by side (counts and a chart), the enterprises whose grade moves
 * with the reasons in plain words, the totals per dimension, who each veto, ceiling and downgrade hits, and one
 * sensitivity line per difference of the versions; all of it exports to one workbook. The run is recorded, nothing
 * is decided. Opened with {@code ?version=…&run=…} it reruns a recorded run and says whether the result hash is the
 * recorded one.
 */
@Route(value = "indicators/trial", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "OFFICER", "AUDITOR"})
public class TrialView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /**
     * A trial already scores on every core; running the trials of all users one after another keeps the server
     * answering while one runs. Daemon threads: a trial left running never holds the application open.
     */
    private static final ExecutorService RUNS = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "trial-run");
        thread.setDaemon(true);
        return thread;
    });

    private final TrialDesk desk;
    private final IndicatorCatalogReader catalog;
    private final SignedInActor signedIn;
    private final Select<String> version = new Select<>();
    private final Select<Baseline> baseline = new Select<>();
    private final Select<String> baselineVersion = new Select<>();
    private final Select<TrialPopulation.Kind> population = new Select<>();
    private final TextField batch = new TextField();
    private final Select<Subdistrict> subdistrict = new Select<>();
    private final TextField industry = new TextField();
    private final Select<ManagementClass> managementClass = new Select<>();
    private final LocalizedDatePicker periodFrom;
    private final LocalizedDatePicker periodTo;
    private final LocalizedDatePicker asOf;
    private final Button run = new Button();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Paragraph refusal = new Paragraph();
    private final Div results = new Div();

    public TrialView(TrialDesk desk, IndicatorCatalogReader catalog, SignedInActor signedIn, Clock clock) {
        this.desk = desk;
        this.catalog = catalog;
        this.signedIn = signedIn;
        setId("trial");
        H2 title = new H2(getTranslation("trial.title"));
        title.setId("trial-title");

        List<String> versions = catalog.versions().stream().map(CatalogEntry::version).toList();
        version.setId("trial-version");
        version.setLabel(getTranslation("trial.version"));
        version.setItems(versions);
        version.setItemLabelGenerator(this::versionLabel);
        baseline.setId("trial-baseline");
        baseline.setLabel(getTranslation("trial.baseline"));
        baseline.setItems(Baseline.values());
        baseline.setItemLabelGenerator(kind -> getTranslation("trial.baseline." + kind.name()));
        baseline.setValue(Baseline.VERSION);
        baselineVersion.setId("trial-baseline-version");
        baselineVersion.setLabel(getTranslation("trial.baselineVersion"));
        baselineVersion.setItems(versions);
        baselineVersion.setItemLabelGenerator(this::versionLabel);
        catalog.latestPublished().map(IndicatorSystem::version).ifPresent(baselineVersion::setValue);
        baseline.addValueChangeListener(change -> baselineVersion.setVisible(change.getValue() != Baseline.IN_FORCE));

        population.setId("trial-population");
        population.setLabel(getTranslation("trial.population"));
        population.setItems(TrialPopulation.Kind.values());
        population.setItemLabelGenerator(kind -> getTranslation("trial.population." + kind.name()));
        population.setValue(TrialPopulation.Kind.DISTRICT);
        batch.setId("trial-batch");
        batch.setLabel(getTranslation("trial.batch"));
        subdistrict.setId("trial-subdistrict");
        subdistrict.setLabel(getTranslation("enterprise.subdistrict"));
        subdistrict.setItems(Subdistrict.values());
        subdistrict.setItemLabelGenerator(value -> value == null ? "" : getTranslation("subdistrict." + value.name()));
        subdistrict.setEmptySelectionAllowed(true);
        industry.setId("trial-industry");
        industry.setLabel(getTranslation("trial.industryPrefix"));
        managementClass.setId("trial-management-class");
        managementClass.setLabel(getTranslation("enterprise.managementClass"));
        managementClass.setItems(ManagementClass.values());
        managementClass.setItemLabelGenerator(value -> value == null ? ""
                : getTranslation("managementClass." + value.name()));
        managementClass.setEmptySelectionAllowed(true);
        population.addValueChangeListener(change -> showPopulationFields());
        showPopulationFields();

        LocalDate today = LocalDate.now(clock);
        periodFrom = date("trial-period-from", "trial.periodFrom", LocalDate.of(today.getYear() - 1, 1, 1));
        periodTo = date("trial-period-to", "trial.periodTo", LocalDate.of(today.getYear() - 1, 12, 31));
        asOf = date("trial-as-of", "trial.asOf", today);

        run.setText(getTranslation("trial.run"));
        run.setId("trial-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> start());
        bar.setId("trial-progress");
        bar.setVisible(false);
        status.setId("trial-progress-status");
        refusal.setId("trial-refusal");
        refusal.addClassName("import-refusal");
        results.setId("trial-results");
        results.setWidthFull();

        FormLayout form = new FormLayout(version, baseline, baselineVersion, population, batch, subdistrict, industry,
                                         managementClass, periodFrom, periodTo, asOf);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        Paragraph intro = new Paragraph(getTranslation("trial.intro"));
        add(title, intro, form, run, bar, status, refusal, results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trial.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String wanted = query.getSingleParameter("version").orElse(null);
        if (wanted == null) {
            return;
        }
        if (catalog.version(wanted).isEmpty()) {
            refused(new Refusal("indicator.version.notFound", List.of(wanted)));
            return;
        }
        version.setValue(wanted);
        query.getSingleParameter("run").flatMap(id -> desk.runsOf(wanted).stream()
                                                        .filter(recorded -> recorded.trialRunId().equals(id))
                                                        .findFirst())
             .ifPresent(this::rerun);
    }

    private LocalizedDatePicker date(String id, String label, LocalDate value) {
        LocalizedDatePicker picker = new LocalizedDatePicker(getTranslation(label));
        picker.setId(id);
        picker.setValue(value);
        return picker;
    }

    private String versionLabel(String code) {
        return catalog.version(code).map(entry -> getTranslation("trial.versionLabel", code,
                                                                 getTranslation("indicator.status."
                                                                                + entry.status().name())))
                      .orElse(code);
    }

    private void showPopulationFields() {
        TrialPopulation.Kind kind = population.getValue();
        batch.setVisible(kind == TrialPopulation.Kind.BATCH);
        subdistrict.setVisible(kind == TrialPopulation.Kind.FILTER);
        industry.setVisible(kind == TrialPopulation.Kind.FILTER);
        managementClass.setVisible(kind == TrialPopulation.Kind.FILTER);
    }

    /** What can be refused without reading the population is refused at once; the rest by the run. */
    private void start() {
        clearRefusal();
        Actor actor = signedIn.actor();
        TrialDesk.TrialOrder order;
        try {
            if (version.getValue() == null) {
                throw new RuleViolation("trial.version.required");
            }
            if (baseline.getValue() == Baseline.VERSION && baselineVersion.getValue() == null) {
                throw new RuleViolation("trial.baselineVersion.required");
            }
            TrialRules.requirePeriod(periodFrom.getValue(), periodTo.getValue(), asOf.getValue());
            order = new TrialDesk.TrialOrder(version.getValue(), baseline.getValue(),
                                             baseline.getValue() == Baseline.VERSION ? baselineVersion.getValue() : null,
                                             chosenPopulation(), periodFrom.getValue(), periodTo.getValue(),
                                             asOf.getValue());
        } catch (RuleViolation refused) {
            refused(refused.refusal());
            return;
        }
        launch(progress -> desk.run(order, actor, progress).result(), null);
    }

    private TrialPopulation chosenPopulation() {
        TrialPopulation.Kind kind = population.getValue();
        if (kind == TrialPopulation.Kind.BATCH) {
            String code = batch.getValue().strip();
            if (code.isEmpty()) {
                throw new RuleViolation("trial.batch.required");
            }
            return TrialPopulation.batch(code);
        }
        if (kind == TrialPopulation.Kind.FILTER) {
            String prefix = industry.getValue().strip();
            return new TrialPopulation(kind, null, subdistrict.getValue(), prefix.isEmpty() ? null : prefix,
                                       managementClass.getValue());
        }
        return new TrialPopulation(kind, null, null, null, null);
    }

    private void rerun(TrialRunRecorded recorded) {
        version.setValue(recorded.version());
        baseline.setValue(recorded.baseline());
        if (recorded.baselineVersion() != null) {
            baselineVersion.setValue(recorded.baselineVersion());
        }
        TrialPopulation chosen = recorded.population();
        population.setValue(chosen.kind());
        batch.setValue(chosen.batchCode() == null ? "" : chosen.batchCode());
        subdistrict.setValue(chosen.subdistrict());
        industry.setValue(chosen.industryPrefix() == null ? "" : chosen.industryPrefix());
        managementClass.setValue(chosen.managementClass());
        periodFrom.setValue(recorded.periodFrom());
        periodTo.setValue(recorded.periodTo());
        asOf.setValue(recorded.asOf());
        Actor actor = signedIn.actor();
        launch(progress -> desk.rerun(recorded, actor, progress), recorded);
    }

    private interface Work {
        TrialResult run(TrialEvaluation.Progress progress);
    }

    /** Runs the trial on the trial thread; progress and the result reach the page through {@code UI.access}. */
    private void launch(Work work, TrialRunRecorded recorded) {
        UI ui = UI.getCurrent();
        Locale locale = getLocale();
        run.setEnabled(false);
        bar.setValue(0);
        bar.setVisible(true);
        status.setText(getTranslation("trial.progress.starting"));
        results.removeAll();
        RUNS.execute(() -> {
            try {
                TrialResult result = work.run((done, total) -> ui.access(() -> {
                    bar.setValue(total == 0 ? 1 : (double) done / total);
                    status.setText(getTranslation("trial.progress.running", done, total));
                }));
                Map<String, String> names = desk.names(result.movers().stream().map(m -> m.creditCode()).toList());
                ui.access(() -> show(result, names, locale, recorded));
            } catch (RuleViolation refused) {
                ui.access(() -> refused(refused.refusal()));
            } catch (RuntimeException failed) {
                ui.access(() -> refused(new Refusal("trial.failed", List.of())));
                throw failed;
            }
        });
    }

    private void refused(Refusal why) {
        run.setEnabled(true);
        bar.setVisible(false);
        status.setText("");
        String message = RefusalMessages.of(why);
        refusal.setText(message);
        refusal.setVisible(true);
        Notices.error(message);
    }

    private void clearRefusal() {
        refusal.setText("");
        refusal.setVisible(false);
    }

    private void show(TrialResult result, Map<String, String> names, Locale locale, TrialRunRecorded recorded) {
        run.setEnabled(true);
        bar.setValue(1);
        status.setText(getTranslation("trial.progress.done", result.population()));
        IndicatorSystem trialSystem = catalog.definition(result.version()).orElseThrow();
        IndicatorSystem baselineSystem = result.baselineVersion() == null ? null
                : catalog.definition(result.baselineVersion()).orElse(null);
        TrialTables tables = new TrialTables(result, trialSystem, baselineSystem, names, locale,
                                             (key, arguments) -> getTranslation(key, arguments));
        results.removeAll();
        if (recorded != null) {
            boolean same = recorded.resultHash().equals(result.resultHash());
            Paragraph reproduced = new Paragraph(getTranslation(same ? "trial.rerun.same" : "trial.rerun.different",
                                                                recorded.recordedOn(), recorded.resultHash(),
                                                                recorded.inputHash().equals(result.inputHash())
                                                                        ? getTranslation("trial.rerun.sameFacts")
                                                                        : getTranslation("trial.rerun.otherFacts")));
            reproduced.setId("trial-rerun-outcome");
            reproduced.addClassName(same ? "trial-same" : "import-refusal");
            results.add(reproduced);
        }
        results.add(table("trial-summary", tables.summary()));
        Div chart = new Div();
        chart.setId("trial-chart");
        chart.getElement().setProperty("innerHTML", GradeChart.svg(
                result.grades(), result.baselineDistribution(), result.candidateDistribution(),
                tables.baselineLabel(), tables.trialLabel(), getTranslation("trial.distribution")));
        results.add(new H3(getTranslation("trial.distribution")), table("trial-distribution", tables.distribution()),
                    chart);
        results.add(new H3(getTranslation("trial.movers", tables.movers().size())), moverGrid(tables));
        results.add(new H3(getTranslation("trial.dimensions")), table("trial-dimensions", tables.dimensions()));
        results.add(new H3(getTranslation("trial.rules")), table("trial-rules", tables.ruleHits()));
        results.add(new H3(getTranslation("trial.sensitivity")));
        if (result.sensitivity().isEmpty()) {
            results.add(new Paragraph(getTranslation(result.baseline() == Baseline.IN_FORCE
                                                             ? "trial.sensitivity.inForce" : "trial.sensitivity.none")));
        } else {
            UnorderedList lines = new UnorderedList();
            lines.setId("trial-sensitivity");
            result.sensitivity().forEach(line -> lines.add(new ListItem(tables.sentence(line))));
            results.add(lines);
        }
        results.add(export(tables, result));
    }

    private static SimpleTable table(String id, ExportTable table) {
        return new SimpleTable(id, table.headers(), table.rows());
    }

    private Grid<TrialTables.MoverRow> moverGrid(TrialTables tables) {
        Grid<TrialTables.MoverRow> grid = new Grid<>();
        grid.setId("trial-movers");
        grid.addColumn(TrialTables.MoverRow::creditCode).setHeader(getTranslation("trial.mover.code"))
            .setAutoWidth(true);
        grid.addColumn(TrialTables.MoverRow::name).setHeader(getTranslation("trial.mover.name")).setFlexGrow(1);
        grid.addColumn(row -> row.baselineGrade() + " → " + row.trialGrade())
            .setHeader(getTranslation("trial.mover.grades")).setAutoWidth(true);
        grid.addColumn(TrialTables.MoverRow::direction).setHeader(getTranslation("trial.mover.direction"))
            .setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Button why = new Button(getTranslation("trial.mover.why"), click -> explain(row));
            why.setId("trial-why-" + row.creditCode());
            why.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return why;
        }).setHeader(getTranslation("trial.mover.reasons")).setKey("why").setAutoWidth(true);
        grid.setItems(tables.movers());
        grid.setAllRowsVisible(tables.movers().size() <= 20);
        return grid;
    }

    private void explain(TrialTables.MoverRow row) {
        Dialog dialog = new Dialog();
        dialog.setId("trial-why");
        dialog.setHeaderTitle(getTranslation("trial.mover.whyTitle", row.name(), row.creditCode(),
                                             row.baselineGrade(), row.trialGrade()));
        UnorderedList reasons = new UnorderedList();
        row.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
        dialog.add(reasons);
        Button close = new Button(getTranslation("trial.close"), click -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Anchor export(TrialTables tables, TrialResult result) {
        List<ExportTable> sheets = tables.all();
        String fileName = getTranslation("trial.export.file", result.version(), result.asOf()) + ".xlsx";
        Anchor link = new Anchor(event -> {
            event.setFileName(fileName);
            event.setContentType(XlsxExport.CONTENT_TYPE);
            XlsxExport.write(sheets, event.getOutputStream());
        }, AttachmentType.DOWNLOAD, getTranslation("trial.export"));
        link.setId("trial-export");
        link.setTitle(fileName);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return link;
    }
}
