package org.greencredit.ui.creditfile;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.List;
import java.util.Optional;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.ui.components.GridCount;

/**
 * 信用信息时间轴: every fact and declared item of the file by date, with where it stands, filterable by type and
 * status. The actions the signed-in role may take on it (record a fact, correct the selected violation) sit
 * beside the filters.
 */
class TimelineSection extends VerticalLayout {

    /** Statuses of facts and of declared items, in the order they are offered as a filter. */
    static final List<String> STATUSES = List.of("COUNTED", "CHANGED", "REVOKED", "REPAIRED", "PENDING", "CONFIRMED",
                                                 "REJECTED", "FALSE", "LAPSED");

    private final Grid<CreditFileEntry> grid = new Grid<>();
    private final Select<FactType> typeFilter = new Select<>();
    private final Select<String> statusFilter = new Select<>();
    private final HorizontalLayout bar = new HorizontalLayout();

    TimelineSection(List<CreditFileEntry> entries) {
        addClassName("creditfile-section");
        setPadding(false);

        typeFilter.setId("creditfile-filter-type");
        typeFilter.setLabel(getTranslation("creditfile.filter.type"));
        typeFilter.setItems(FactType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("creditfile.filter.all"));
        typeFilter.setItemLabelGenerator(type -> type == null ? getTranslation("creditfile.filter.all")
                                                              : getTranslation("factType." + type.name()));
        statusFilter.setId("creditfile-filter-status");
        statusFilter.setLabel(getTranslation("creditfile.filter.status"));
        statusFilter.setItems(STATUSES);
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("creditfile.filter.all"));
        statusFilter.setItemLabelGenerator(status -> status == null ? getTranslation("creditfile.filter.all")
                                                                    : statusLabel(status));

        grid.setId("creditfile-timeline");
        grid.addColumn(CreditFileEntry::occurredOn).setHeader(getTranslation("field.occurredOn"))
            .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("creditfile.entry." + entry.entry()))
            .setHeader(getTranslation("creditfile.entry")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("factType." + entry.type())).setHeader(getTranslation("fact.type"))
            .setAutoWidth(true).setFlexGrow(0);
        FactSummaries summaries = new FactSummaries(entries, this);
        grid.addColumn(summaries::of).setHeader(getTranslation("creditfile.entry.attributes")).setFlexGrow(1)
            .setTooltipGenerator(summaries::of);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::source).setHeader(getTranslation("fact.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Optional.ofNullable(entry.evidenceDocumentNo())
                                        .orElse(Optional.ofNullable(entry.evidenceDescription()).orElse("")))
            .setHeader(getTranslation("fact.evidence")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> statusLabel(entry.status()) + " " + Optional.ofNullable(entry.statusSince())
                                                                            .map(Object::toString).orElse(""))
            .setHeader(getTranslation("creditfile.entry.status")).setAutoWidth(true).setFlexGrow(0);
        GridCount.show(grid, "grid.empty");
        grid.setItems(new ListDataProvider<>(entries));
        grid.setAllRowsVisible(entries.size() <= 15);
        if (entries.size() > 15) {
            grid.setHeight("32rem");
        }
        typeFilter.addValueChangeListener(change -> applyFilters());
        statusFilter.addValueChangeListener(change -> applyFilters());

        bar.add(typeFilter, statusFilter);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("creditfile.timeline.title")), bar, grid);
    }

    void addAction(Component action) {
        bar.add(action);
    }

    Grid<CreditFileEntry> grid() {
        return grid;
    }

    private void applyFilters() {
        @SuppressWarnings("unchecked")
        ListDataProvider<CreditFileEntry> rows = (ListDataProvider<CreditFileEntry>) grid.getDataProvider();
        FactType type = typeFilter.getValue();
        String status = statusFilter.getValue();
        rows.setFilter(entry -> (type == null || type.name().equals(entry.type()))
                                && (status == null || status.equals(entry.status())));
    }

    /** The source, and for an imported fact the source system's own record id: 监测 · ZX-2025-000123. */
    private String source(CreditFileEntry entry) {
        String source = getTranslation("fact.source." + entry.source());
        return entry.sourceRecordId() == null ? source
                : getTranslation("creditfile.entry.sourceRecord", source, entry.sourceRecordId());
    }

    private String statusLabel(String status) {
        return getTranslation("creditfile.status." + status);
    }
}
