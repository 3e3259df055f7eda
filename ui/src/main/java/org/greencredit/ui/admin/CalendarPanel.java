package org.greencredit.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greencredit.domain.calendar.Holiday;
import org.greencredit.domain.calendar.YearArrangement;
import org.greencredit.domain.calendar.api.EnterYearArrangement;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.components.LocalizedUpload;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 工作日历: the years the calendar knows, each year's holidays and make-up working days (调休上班), and the upload
 * of a State Council arrangement file. A file is read and checked completely first; years identical to the ones
 * entered are skipped, the others entered one command each.
 */
class CalendarPanel extends VerticalLayout {

    private static final long MAX_FILE_BYTES = 64 * 1024;

    private final CalendarYears calendar;
    private final CommandClient commands;
    private final Grid<YearArrangement> years = new Grid<>();
    private final Grid<Holiday> holidays = new Grid<>();
    private final Span workingWeekends = new Span();
    private final H4 selectedYear = new H4();

    CalendarPanel(CalendarYears calendar, CommandClient commands) {
        this.calendar = calendar;
        this.commands = commands;
        setPadding(false);

        years.setId("admin-calendar-years");
        years.addColumn(YearArrangement::year).setHeader(getTranslation("admin.calendar.year")).setAutoWidth(true)
             .setFlexGrow(0);
        years.addColumn(YearArrangement::notice).setHeader(getTranslation("admin.calendar.notice")).setFlexGrow(1);
        years.addColumn(arrangement -> arrangement.holidays().size())
             .setHeader(getTranslation("admin.calendar.holidayCount")).setAutoWidth(true).setFlexGrow(0);
        years.addColumn(arrangement -> arrangement.workingWeekends().size())
             .setHeader(getTranslation("admin.calendar.workingWeekendCount")).setAutoWidth(true).setFlexGrow(0);
        GridCount.show(years, "grid.empty");
        years.setAllRowsVisible(true);
        years.addSelectionListener(selection -> show(selection.getFirstSelectedItem().orElse(null)));

        holidays.setId("admin-calendar-holidays");
        holidays.addColumn(Holiday::name).setHeader(getTranslation("admin.calendar.holiday")).setFlexGrow(1);
        holidays.addColumn(Holiday::from).setHeader(getTranslation("admin.calendar.from")).setAutoWidth(true);
        holidays.addColumn(Holiday::to).setHeader(getTranslation("admin.calendar.to")).setAutoWidth(true);
        holidays.addColumn(holiday -> ChronoUnit.DAYS.between(holiday.from(), holiday.to()) + 1)
                .setHeader(getTranslation("admin.calendar.days")).setAutoWidth(true);
        GridCount.show(holidays, "grid.empty");
        holidays.setAllRowsVisible(true);
        workingWeekends.setId("admin-calendar-working-weekends");
        selectedYear.setId("admin-calendar-selected-year");
        Div details = new Div(selectedYear, holidays,
                              new Div(new Span(getTranslation("admin.calendar.workingWeekends")), workingWeekends));
        details.addClassName("admin-calendar-details");

        Upload upload = new LocalizedUpload(UploadHandler.inMemory(this::received));
        upload.setId("admin-calendar-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".yaml", ".yml", "text/yaml", "application/x-yaml");
        upload.setDropLabel(new Span(getTranslation("admin.calendar.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("admin.calendar.upload")));
        upload.addFileRejectedListener(rejected -> Notices.error(getTranslation("admin.calendar.file.rejected")));

        add(years, details, new H4(getTranslation("admin.calendar.enter")),
            new Paragraph(getTranslation("admin.calendar.upload.help")), upload);
        refresh();
    }

    private void refresh() {
        List<YearArrangement> known = calendar.years();
        years.setItems(known);
        if (!known.isEmpty()) {
            years.select(known.get(known.size() - 1));
        }
    }

    private void show(YearArrangement arrangement) {
        selectedYear.setText(arrangement == null ? "" : getTranslation("admin.calendar.details", String.valueOf(arrangement.year())));
        holidays.setItems(arrangement == null ? List.of() : arrangement.holidays());
        workingWeekends.setText(arrangement == null ? "" : arrangement.workingWeekends().stream()
                .map(Object::toString).collect(Collectors.joining("、")));
    }

    private void received(UploadMetadata metadata, byte[] content) {
        List<YearArrangement> uploaded;
        try {
            uploaded = ArrangementFile.parse(content);
        } catch (RuleViolation refused) {
            Notices.error(getTranslation("admin.calendar.file.refused", metadata.fileName(),
                                         RefusalMessages.of(refused.refusal())));
            return;
        }
        Map<Integer, YearArrangement> entered = calendar.years().stream()
                .collect(Collectors.toMap(YearArrangement::year, Function.identity()));
        List<YearArrangement> changed = uploaded.stream()
                .filter(arrangement -> !arrangement.equals(entered.get(arrangement.year()))).toList();
        if (changed.isEmpty()) {
            Notices.info(getTranslation("admin.calendar.file.nothingNew"));
            return;
        }
        try {
            changed.forEach(arrangement -> commands.send(new EnterYearArrangement(calendar.calendarId(),
                                                                                  arrangement)));
            Notices.success(getTranslation("admin.calendar.entered", changed.stream()
                    .map(a -> String.valueOf(a.year())).collect(Collectors.joining("、"))));
        } catch (CommandRefused refused) {
            Notices.error(RefusalMessages.of(refused.refusal()));
        }
        refresh();
    }

}
