package org.greencredit.ui.cycle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.cycle.CycleSchedule;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.cycle.CyclePlanner.PublishedVersion;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 启动评价周期: the cycle's id, name, year and version, the batch picked from the directory (filtered by street/town,
 * industry and management class; picked row by row or all matching at once), and the schedule the cycle will get,
 * computed before the officer confirms.
 */
class OpenCycleDialog extends Dialog {

    private final CycleClient client;
    private final CyclePlanner planner;
    private final CommandClient commands;
    private final Runnable opened;

    private final TextField cycleId = new TextField();
    private final TextField name = new TextField();
    private final IntegerField year = new IntegerField();
    private final Select<PublishedVersion> version = new Select<>();
    private final Select<Subdistrict> subdistrict = new Select<>();
    private final TextField industry = new TextField();
    private final Select<ManagementClass> managementClass = new Select<>();
    private final Grid<EnterpriseListing> enterprises = new Grid<>();
    private final Span selectedCount = new Span();
    private final Div schedule = new Div();
    private final Set<String> batch = new LinkedHashSet<>();
    private boolean refreshing;

    OpenCycleDialog(CycleClient client, CyclePlanner planner, CommandClient commands, Runnable opened) {
        this.client = client;
        this.planner = planner;
        this.commands = commands;
        this.opened = opened;
        setHeaderTitle(getTranslation("cycle.open"));
        setWidth("min(64rem, 95vw)");
        setId("cycle-open-dialog");

        cycleId.setId("cycle-open-id");
        cycleId.setLabel(getTranslation("cycle.id"));
        cycleId.setHelperText(getTranslation("cycle.id.helper"));
        name.setId("cycle-open-name");
        name.setLabel(getTranslation("cycle.name"));
        year.setId("cycle-open-year");
        year.setLabel(getTranslation("cycle.year"));
        year.setValue(planner.currentYear());
        version.setId("cycle-open-version");
        version.setLabel(getTranslation("cycle.version"));
        version.setItemLabelGenerator(PublishedVersion::version);
        List<PublishedVersion> published = planner.publishedVersions();
        version.setItems(published);
        version.addValueChangeListener(change -> showSchedule());

        subdistrict.setId("cycle-open-filter-subdistrict");
        subdistrict.setLabel(getTranslation("cycle.filter.subdistrict"));
        subdistrict.setItems(Subdistrict.values());
        subdistrict.setEmptySelectionAllowed(true);
        subdistrict.setEmptySelectionCaption(getTranslation("cycle.filter.any"));
        subdistrict.setItemLabelGenerator(value -> value == null ? getTranslation("cycle.filter.any")
                                                                 : getTranslation("subdistrict." + value.name()));
        subdistrict.addValueChangeListener(change -> refreshEnterprises());
        industry.setId("cycle-open-filter-industry");
        industry.setLabel(getTranslation("cycle.filter.industry"));
        industry.setValueChangeMode(ValueChangeMode.LAZY);
        industry.addValueChangeListener(change -> refreshEnterprises());
        managementClass.setId("cycle-open-filter-class");
        managementClass.setLabel(getTranslation("cycle.filter.managementClass"));
        managementClass.setItems(ManagementClass.values());
        managementClass.setEmptySelectionAllowed(true);
        managementClass.setEmptySelectionCaption(getTranslation("cycle.filter.any"));
        managementClass.setItemLabelGenerator(value -> value == null ? getTranslation("cycle.filter.any")
                                                                     : getTranslation("managementClass." + value.name()));
        managementClass.addValueChangeListener(change -> refreshEnterprises());

        enterprises.setId("cycle-open-enterprises");
        enterprises.setSelectionMode(Grid.SelectionMode.MULTI);
        enterprises.setHeight("18rem");
        enterprises.addColumn(EnterpriseListing::creditCode).setHeader(getTranslation("enterprise.creditCode"))
                   .setAutoWidth(true).setFlexGrow(0);
        enterprises.addColumn(EnterpriseListing::name).setHeader(getTranslation("enterprise.name")).setFlexGrow(1);
        enterprises.addColumn(listing -> listing.subdistrict() == null ? ""
                                                 : getTranslation("subdistrict." + listing.subdistrict()))
                   .setHeader(getTranslation("enterprise.subdistrict")).setAutoWidth(true);
        enterprises.addColumn(EnterpriseListing::industryName).setHeader(getTranslation("enterprise.industryName"))
                   .setAutoWidth(true);
        GridCount.show(enterprises, "grid.empty");
        enterprises.asMultiSelect().addSelectionListener(selection -> {
            if (!refreshing) {
                selection.getAddedSelection().forEach(listing -> batch.add(listing.creditCode()));
                selection.getRemovedSelection().forEach(listing -> batch.remove(listing.creditCode()));
                showSelectedCount();
            }
        });
        Button selectAll = new Button(getTranslation("cycle.selectAll"), click -> selectAllMatching());
        selectAll.setId("cycle-open-select-all");
        Button clear = new Button(getTranslation("cycle.clearSelection"), click -> {
            batch.clear();
            refreshEnterprises();
        });
        clear.setId("cycle-open-clear");
        selectedCount.setId("cycle-open-selected");

        schedule.setId("cycle-open-schedule");
        schedule.addClassName("cycle-schedule");

        Button submit = new Button(getTranslation("cycle.open.submit"), click -> submit());
        submit.setId("cycle-open-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("cycle.cancel"), click -> close());

        FormLayout identity = new FormLayout(cycleId, name, year, version);
        HorizontalLayout filters = new HorizontalLayout(subdistrict, industry, managementClass);
        filters.setWrap(true);
        add(identity, new H4(getTranslation("cycle.batch")), filters, enterprises,
            new HorizontalLayout(selectAll, clear, selectedCount), new H4(getTranslation("cycle.schedule")), schedule);
        getFooter().add(cancel, submit);

        if (published.size() == 1) {
            version.setValue(published.get(0));
        } else {
            showSchedule();
        }
        refreshEnterprises();
    }

    private DirectoryFilter filter() {
        String prefix = industry.getValue().strip().toUpperCase(Locale.ROOT);
        return new DirectoryFilter(null, null, subdistrict.getValue() == null ? null : subdistrict.getValue().name(),
                                   prefix.isEmpty() ? null : prefix,
                                   managementClass.getValue() == null ? null : managementClass.getValue().name(),
                                   null, null, false);
    }

    private List<EnterpriseListing> matching() {
        DirectoryFilter filter = filter();
        int count = client.count(filter);
        return count == 0 ? List.of() : client.enterprises(filter, 0, count);
    }

    private void refreshEnterprises() {
        refreshing = true;
        try {
            List<EnterpriseListing> rows = matching();
            enterprises.setItems(rows);
            enterprises.asMultiSelect().setValue(new LinkedHashSet<>(
                    rows.stream().filter(listing -> batch.contains(listing.creditCode())).toList()));
        } finally {
            refreshing = false;
        }
        showSelectedCount();
    }

    private void selectAllMatching() {
        matching().forEach(listing -> batch.add(listing.creditCode()));
        refreshEnterprises();
    }

    private void showSelectedCount() {
        selectedCount.setText(getTranslation("cycle.selected", batch.size()));
    }

    private void showSchedule() {
        schedule.removeAll();
        if (version.getValue() == null) {
            schedule.add(new Span(getTranslation("cycle.schedule.pickVersion")));
            return;
        }
        try {
            CycleSchedule planned = planner.scheduleIfOpenedToday(version.getValue());
            schedule.add(CycleSchedules.of(planned.openedOn(), planned.declarationDeadline(),
                                           planned.verificationDeadline(), planned.disclosureStart(),
                                           planned.disclosureEnd()));
        } catch (RuleViolation refused) {
            Span reason = new Span(RefusalMessages.of(refused.refusal()));
            reason.addClassName("cycle-error");
            schedule.add(reason);
        }
    }

    private void submit() {
        PublishedVersion chosen = version.getValue();
        OpenCycle command = new OpenCycle(cycleId.getValue().strip().toUpperCase(Locale.ROOT), yearValue(),
                                          name.getValue(), new ArrayList<>(batch),
                                          chosen == null ? null : chosen.system(),
                                          chosen == null ? null : chosen.version());
        try {
            commands.send(command);
            close();
            Notices.success(getTranslation("cycle.open.done", command.name().strip()));
            opened.run();
        } catch (CommandRefused refused) {
            Notices.error(RefusalMessages.of(refused.refusal()));
        }
    }

    private int yearValue() {
        return year.getValue() == null ? 0 : year.getValue();
    }
}
