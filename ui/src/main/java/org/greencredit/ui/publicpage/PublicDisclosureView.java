package org.greencredit.ui.publicpage;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.catalog.IndicatorCatalogReader;

/**
 * 信用评价结果公示: open to everyone without signing in. The enterprises whose preliminary grade is being disclosed
 * (with the last day to object) and the published final grades, by evaluation year and filterable by name. It has
 * its own plain header ({@link PublicHeader}) instead of the signed-in frame; the preliminary grades are labelled
 * as 公示 of preliminary results, and the enterprise search ({@link PublicSearchView}) shows published grades only.
 */
@Route("public")
@AnonymousAllowed
public class PublicDisclosureView extends VerticalLayout implements HasDynamicTitle {

    /** Publishing a cycle changes every row at once: refresh once per period, not once per enterprise. */
    private static final Duration REFRESH_AT_MOST_EVERY = Duration.ofSeconds(1);

    private final PublicDisclosureClient client;
    private final IndicatorSystem gradesFrom;
    private final TextField nameFilter = new TextField();
    private final Select<Integer> year = new Select<>();
    private final Grid<EvaluationSummary> disclosure;
    private final Grid<EvaluationSummary> published;
    private final List<SubscriptionQueryResult<?, ?>> subscriptions = new ArrayList<>();
    private List<CycleSummary> cycles = List.of();

    public PublicDisclosureView(PublicDisclosureClient client, IndicatorCatalogReader catalog) {
        this.client = client;
        this.gradesFrom = catalog.latestPublished().orElse(null);
        addClassName("public-page");

        PublicHeader header = new PublicHeader();

        H2 title = new H2(getTranslation("public.disclosure.title"));
        title.setId("public-title");

        nameFilter.setId("public-name-filter");
        nameFilter.setPlaceholder(getTranslation("public.filter.name"));
        nameFilter.setClearButtonVisible(true);
        nameFilter.setValueChangeMode(ValueChangeMode.LAZY);
        nameFilter.addValueChangeListener(change -> refresh());
        year.setId("public-year");
        year.setLabel(getTranslation("public.filter.year"));
        year.setItemLabelGenerator(value -> getTranslation("public.year", String.valueOf(value)));
        year.addValueChangeListener(change -> {
            refresh();
            rewatch();
        });

        disclosure = grid("public-disclosure-grid", EvaluationSummary::preliminaryGrade);
        disclosure.addColumn(row -> period(row)).setHeader(getTranslation("public.disclosure.period")).setAutoWidth(true);
        disclosure.addColumn(row -> row.disclosureEnd() == null ? "" : row.disclosureEnd().toString())
                  .setHeader(getTranslation("public.objectionUntil")).setAutoWidth(true);
        disclosure.setEmptyStateText(getTranslation("public.disclosure.none"));
        published = grid("public-published-grid", EvaluationSummary::finalGrade);
        published.addColumn(row -> row.publishedOn() == null ? "" : row.publishedOn().toString())
                 .setHeader(getTranslation("public.publishedOn")).setAutoWidth(true);
        published.setEmptyStateText(getTranslation("public.published.none"));

        HorizontalLayout filters = new HorizontalLayout(year, nameFilter);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(header, title, filters, new H3(getTranslation("public.disclosure.heading")), disclosure,
            new H3(getTranslation("public.published.heading")), published);

        cycles = client.cycles();
        List<Integer> years = cycles.stream().map(CycleSummary::year).distinct().sorted((a, b) -> b - a).toList();
        year.setItems(years);
        years.stream().findFirst().ifPresentOrElse(year::setValue, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.disclosure.title");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        rewatch();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unwatch();
    }

    private Grid<EvaluationSummary> grid(String id, Function<EvaluationSummary, String> grade) {
        Grid<EvaluationSummary> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(EvaluationSummary::creditCode).setHeader(getTranslation("enterprise.creditCode")).setAutoWidth(true);
        grid.addColumn(EvaluationSummary::enterpriseName).setHeader(getTranslation("enterprise.name")).setFlexGrow(1)
            .setTooltipGenerator(EvaluationSummary::enterpriseName);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(EvaluationSummary::cycleId).setHeader(getTranslation("public.cycle")).setAutoWidth(true);
        grid.addColumn(row -> gradeText(grade.apply(row))).setHeader(getTranslation("public.grade")).setAutoWidth(true);
        GridCount.show(grid, "grid.empty");
        return grid;
    }

    private String gradeText(String grade) {
        if (grade == null) {
            return "";
        }
        return gradesFrom == null ? grade : gradesFrom.grade(grade)
                .map(definition -> getTranslation("public.grade.named", grade, definition.name().in(getLocale())))
                .orElse(grade);
    }

    private String period(EvaluationSummary row) {
        return row.disclosureStart() == null || row.disclosureEnd() == null
                ? "" : row.disclosureStart() + " — " + row.disclosureEnd();
    }

    private List<CycleSummary> selectedCycles() {
        return cycles.stream().filter(cycle -> Objects.equals(cycle.year(), year.getValue())).toList();
    }

    private void refresh() {
        List<EvaluationSummary> board = new ArrayList<>();
        List<EvaluationSummary> grades = new ArrayList<>();
        for (CycleSummary cycle : selectedCycles()) {
            board.addAll(client.disclosureBoard(cycle.cycleId()));
            grades.addAll(client.publishedGrades(cycle.cycleId()));
        }
        disclosure.setItems(board.stream().filter(this::nameMatches).toList());
        published.setItems(grades.stream().filter(this::nameMatches).toList());
    }

    private boolean nameMatches(EvaluationSummary row) {
        String part = nameFilter.getValue() == null ? "" : nameFilter.getValue().strip();
        return part.isEmpty() || (row.enterpriseName() != null && row.enterpriseName().contains(part));
    }

    /** Any change to a disclosed or published row of the selected year's cycles refreshes both lists. */
    private void rewatch() {
        unwatch();
        getUI().ifPresent(ui -> selectedCycles().forEach(cycle -> {
            SubscriptionQueryResult<?, EvaluationSummary> changes = client.watchDisclosure(cycle.cycleId());
            subscriptions.add(changes);
            changes.updates().sample(REFRESH_AT_MOST_EVERY).subscribe(row -> ui.access(this::refresh));
        }));
    }

    private void unwatch() {
        subscriptions.forEach(SubscriptionQueryResult::close);
        subscriptions.clear();
    }
}
