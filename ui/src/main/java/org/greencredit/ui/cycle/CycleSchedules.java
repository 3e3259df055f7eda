package org.greencredit.ui.cycle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/** 评价日程 as a small table of dates: opening, declaration deadline, verification deadline, disclosure. */
final class CycleSchedules {

    private CycleSchedules() {
    }

    static Component of(LocalDate openedOn, LocalDate declarationDeadline, LocalDate verificationDeadline,
                        LocalDate disclosureStart, LocalDate disclosureEnd) {
        Div dates = new Div();
        dates.addClassName("cycle-dates");
        dates.add(row("cycle.openedOn", "cycle-schedule-opened", text(openedOn)),
                  row("cycle.declarationDeadline", "cycle-schedule-declaration", text(declarationDeadline)),
                  row("cycle.verificationDeadline", "cycle-schedule-verification", text(verificationDeadline)),
                  row("cycle.disclosure", "cycle-schedule-disclosure",
                      UI.getCurrent().getTranslation("cycle.disclosureRange", text(disclosureStart),
                                                     text(disclosureEnd))));
        return dates;
    }

    private static Div row(String labelKey, String id, String value) {
        Span label = new Span(UI.getCurrent().getTranslation(labelKey));
        label.addClassName("cycle-dates-label");
        Span shown = new Span(value);
        shown.setId(id);
        Div row = new Div(label, shown);
        row.addClassName("cycle-dates-row");
        return row;
    }

    static String text(LocalDate date) {
        return date == null ? "—" : date.toString();
    }
}
