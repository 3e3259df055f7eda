package org.greencredit.ui.supervision;

import org.greencredit.ui.export.ExportLinks;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.catalog.IndicatorCatalogReader;

/**
 * 分级分类监管: per supervision tier the enterprises in scope with their grade in force and since when, the
 * positive list (正面清单) and the key-supervision list (重点监管名单), each downloadable as CSV and Excel.
 */
@Route(value = "supervision", layout = MainLayout.class)
@Menu(title = "nav.supervision", order = 50)
@RolesAllowed({"OFFICER", "ADMIN", "AUDITOR", "PARTNER"})
public class SupervisionView extends VerticalLayout implements HasDynamicTitle {

    private final SupervisionClient supervision;
    private final SupervisionRows rows;
    private final Map<String, Long> counts;
    private final Select<String> tier = new Select<>();
    private final Grid<EnterpriseListing> tierGrid;
    private final Clock clock;
    private final Map<String, String> tierGrades = new LinkedHashMap<>();

    public SupervisionView(SupervisionClient supervision, IndicatorCatalogReader catalog, I18NProvider translations,
                           Clock clock) {
        this.supervision = supervision;
        this.clock = clock;
        this.rows = new SupervisionRows(translations, getLocale(), tierNames(catalog));
        catalog.latestPublished().map(IndicatorSystem::supervision).orElse(List.of())
               .forEach(tier -> tierGrades.putIfAbsent(tier.tier(), tier.grade()));
        this.counts = supervision.countsPerTier();

        tier.setId("supervision-tier");
        tier.setLabel(getTranslation("supervision.tier"));
        tier.setItems(tiers(catalog));
        tier.setItemLabelGenerator(code -> getTranslation("supervision.tier.option", rows.tierName(code),
                                                          String.valueOf(counts.getOrDefault(code, 0L))));
        tierGrid = grid("supervision-tier-grid");
        tier.addValueChangeListener(change -> tierGrid.setItems(
                query -> supervision.tier(change.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(counts.getOrDefault(change.getValue(), 0L))));

        H2 title = new H2(getTranslation("supervision.title"));
        title.setId("supervision-title");
        add(title, tierCounts(), new H3(getTranslation("supervision.byTier")));
        ExportLinks tierExports = new ExportLinks(
                "supervision-tier", () -> fileName("supervision.export.file.tier", tierInFileName(tier.getValue())),
                () -> rows.table(rows.tierName(tier.getValue()), supervision.tier(tier.getValue())),
                rows.text("supervision.export.csv"), rows.text("supervision.export.xlsx"), () -> true);
        tier.addValueChangeListener(change -> tierExports.showNames());
        HorizontalLayout tierBar = new HorizontalLayout(tier, tierExports);
        tierBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(tierBar, tierGrid);

        add(list("positive", supervision::positiveList), list("key", supervision::keySupervisionList));
        tier.getListDataView().getItems().findFirst().ifPresent(tier::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title");
    }

    /** A download's name in the user's language: what the list is, then the day ({@code _2026-12-05}). */
    private String fileName(String key, Object... what) {
        Object[] arguments = Arrays.copyOf(what, what.length + 1);
        arguments[what.length] = BusinessDay.today(clock).toString();
        return getTranslation(key, arguments);
    }

    /** A tier is named in a file name by the grade it is for ("A级"), or by its name if no grade is known. */
    private String tierInFileName(String code) {
        if (code == null) {
            return getTranslation("supervision.tier");
        }
        String grade = tierGrades.get(code);
        return grade == null ? rows.tierName(code) : getTranslation("supervision.export.file.grade", grade);
    }

    private HorizontalLayout tierCounts() {
        HorizontalLayout summary = new HorizontalLayout();
        summary.setId("supervision-counts");
        summary.addClassName("supervision-counts");
        tier.getListDataView().getItems().forEach(code -> {
            Span count = new Span(getTranslation("supervision.tier.option", rows.tierName(code),
                                                 String.valueOf(counts.getOrDefault(code, 0L))));
            count.setId("supervision-count-" + code);
            count.addClassName("supervision-count");
            summary.add(count);
        });
        return summary;
    }

    private VerticalLayout list(String kind, Supplier<List<EnterpriseListing>> read) {
        List<EnterpriseListing> listed = read.get();
        Grid<EnterpriseListing> grid = grid("supervision-" + kind + "-grid");
        grid.setItems(listed);
        String title = getTranslation("supervision." + kind);
        VerticalLayout section = new VerticalLayout(
                new H3(getTranslation("supervision.list.heading", title, String.valueOf(listed.size()))),
                new ExportLinks("supervision-" + kind, () -> fileName("supervision.export.file." + kind),
                                () -> rows.table(title, read.get()), rows.text("supervision.export.csv"),
                                rows.text("supervision.export.xlsx"), () -> true),
                grid);
        section.setPadding(false);
        return section;
    }

    private Grid<EnterpriseListing> grid(String id) {
        Grid<EnterpriseListing> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<String> headers = rows.headers();
        for (int i = 0; i < headers.size(); i++) {
            int column = i;
            grid.addColumn(row -> rows.cells(row).get(column)).setHeader(headers.get(i)).setAutoWidth(true)
                .setTooltipGenerator(row -> rows.cells(row).get(column));
        }
        GridCount.show(grid, "grid.empty");
        return grid;
    }

    /** The tiers of the version in force, best first, then any tier the read model holds that it does not name. */
    private List<String> tiers(IndicatorCatalogReader catalog) {
        Map<String, Boolean> ordered = new LinkedHashMap<>();
        catalog.latestPublished().ifPresent(system -> system.supervision().forEach(tier -> ordered.put(tier.tier(), true)));
        counts.keySet().forEach(code -> ordered.putIfAbsent(code, true));
        return List.copyOf(ordered.keySet());
    }

    private Map<String, String> tierNames(IndicatorCatalogReader catalog) {
        Map<String, String> names = new LinkedHashMap<>();
        catalog.latestPublished().map(IndicatorSystem::supervision).orElse(List.of())
               .forEach(tier -> names.putIfAbsent(tier.tier(), tier.name().in(getLocale())));
        return names;
    }
}
