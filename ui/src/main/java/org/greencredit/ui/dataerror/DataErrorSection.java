package org.greencredit.ui.dataerror;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import java.util.stream.Collectors;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.dataerror.ReportState;
import org.greencredit.domain.dataerror.api.WithdrawDataErrorReport;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.dataerror.DataErrorReportSummary;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 数据纠错 on the enterprise's own page: its facts that count, each with "报告数据错误", and its reports with where
 * they stand. At any time of the year — an objection (异议) is only against a disclosed grade, during 公示.
 */
public class DataErrorSection extends VerticalLayout {

    private final String creditCode;
    private final DataErrorClient client;
    private final DataErrorDesk desk;
    private final CommandClient commands;
    private final Actor viewer;
    private final Grid<CreditFileEntry> facts = new Grid<>();
    private final Grid<DataErrorReportSummary> reports = new Grid<>();
    private Set<String> openFacts = Set.of();

    public DataErrorSection(String creditCode, DataErrorClient client, DataErrorDesk desk, CommandClient commands,
                            Actor viewer) {
        this.creditCode = creditCode;
        this.client = client;
        this.desk = desk;
        this.commands = commands;
        this.viewer = viewer;
        setId("data-error-section");
        setPadding(false);

        facts.setId("data-error-facts");
        facts.setAllRowsVisible(true);
        facts.addColumn(entry -> DataErrorClient.label(entry, getLocale())).setHeader(getTranslation("dataError.fact"))
             .setFlexGrow(1).setTooltipGenerator(entry -> DataErrorClient.label(entry, getLocale()));
        facts.addColumn(entry -> getTranslation("fact.source." + entry.source()))
             .setHeader(getTranslation("fact.source")).setAutoWidth(true).setFlexGrow(0);
        facts.addComponentColumn(this::reportAction).setKey("report").setAutoWidth(true).setFlexGrow(0);
        facts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridCount.show(facts, "grid.empty");

        reports.setId("data-error-reports");
        reports.setAllRowsVisible(true);
        reports.addColumn(report -> String.valueOf(report.reportedOn()))
               .setHeader(getTranslation("dataError.reportedOn")).setAutoWidth(true).setFlexGrow(0);
        reports.addColumn(report -> DataErrorClient.label(report, getLocale()))
               .setHeader(getTranslation("dataError.fact")).setFlexGrow(1);
        reports.addColumn(DataErrorReportSummary::reason).setHeader(getTranslation("dataError.reason")).setFlexGrow(1)
               .setTooltipGenerator(DataErrorReportSummary::reason);
        reports.addComponentColumn(report -> EvidenceLinks.of(report, desk, () -> viewer)).setKey("evidence")
               .setHeader(getTranslation("dataError.evidence")).setAutoWidth(true);
        reports.addColumn(report -> getTranslation(report.overdue() ? "dataError.deadline.overdue"
                                                                    : "dataError.deadline",
                                                   String.valueOf(report.decisionDeadline())))
               .setHeader(getTranslation("dataError.decisionDeadline")).setAutoWidth(true).setFlexGrow(0);
        reports.addColumn(this::outcome).setHeader(getTranslation("dataError.state")).setFlexGrow(1)
               .setTooltipGenerator(this::outcome);
        reports.addComponentColumn(this::withdrawAction).setKey("withdraw").setAutoWidth(true).setFlexGrow(0);
        reports.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridCount.show(reports, "grid.empty");

        add(new H3(getTranslation("dataError.section.title")), new Paragraph(getTranslation("dataError.section.help")),
            facts, new H3(getTranslation("dataError.reports.title")), reports);
        refresh();
    }

    public void refresh() {
        var own = client.reportsOf(creditCode);
        openFacts = own.stream().filter(report -> report.state() == ReportState.OPEN)
                       .map(DataErrorReportSummary::factId).collect(Collectors.toSet());
        reports.setItems(own);
        facts.setItems(client.reportableFacts(creditCode));
    }

    private Component reportAction(CreditFileEntry entry) {
        if (openFacts.contains(entry.id())) {
            return new Span(getTranslation("dataError.report.pending"));
        }
        Button report = new Button(getTranslation("dataError.report"),
                                   click -> new ReportDataErrorDialog(creditCode, entry, desk, this::refresh).open());
        report.setId("data-error-report-" + entry.id());
        report.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return report;
    }

    private Component withdrawAction(DataErrorReportSummary report) {
        if (report.state() != ReportState.OPEN) {
            return new Span();
        }
        Button withdraw = new Button(getTranslation("dataError.withdraw"), click -> {
            try {
                commands.send(new WithdrawDataErrorReport(creditCode, report.reportId()));
                Notices.success(getTranslation("dataError.withdraw.done"));
                refresh();
            } catch (CommandRefused refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        withdraw.setId("data-error-withdraw-" + report.factId());
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(withdraw);
    }

    private String outcome(DataErrorReportSummary report) {
        String state = getTranslation("dataError.state." + report.state());
        return switch (report.state()) {
            case REFUSED -> getTranslation("dataError.outcome.refused", state, report.refusalReason());
            case CORRECTED -> getTranslation("dataError.outcome.corrected", state,
                                               getTranslation("correction.outcome." + report.correctionOutcome()));
            default -> state;
        };
    }
}
