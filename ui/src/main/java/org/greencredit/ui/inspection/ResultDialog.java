package org.greencredit.ui.inspection;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.ui.components.LocalizedDatePicker;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.inspection.InspectionWork.ViolationChoice;

/**
 * 录入检查结果 of one drawn enterprise: the outcome; for an inspection its day, what was found and, when a problem
 * was found, the violation of the enterprise's credit file it produced (it may be linked later); for no inspection
 * the reason. A result recorded before is replaced only with a reason for the correction. The plan checks
 * everything; its refusal is shown translated and the dialog stays open.
 */
final class ResultDialog extends Dialog {

    ResultDialog(InspectionWork work, Actor actor, InspectionEntry entry, String enterpriseName, InspectionTexts texts,
                 LocalDate today, Runnable recorded) {
        setHeaderTitle(getTranslation("inspections.result.title", enterpriseName, entry.creditCode()));
        setId("inspection-result-dialog");
        setWidth("min(40rem, 95vw)");
        boolean correcting = entry.outcome() != null;

        Select<InspectionOutcome> outcome = new Select<>();
        outcome.setId("inspection-result-outcome");
        outcome.setLabel(getTranslation("inspections.result.outcome"));
        outcome.setItems(InspectionOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("inspections.outcome." + value.name()));
        LocalizedDatePicker inspectedOn = new LocalizedDatePicker(getTranslation("inspections.result.date"));
        inspectedOn.setId("inspection-result-date");
        inspectedOn.setValue(today);
        Select<ViolationChoice> violation = new Select<>();
        violation.setId("inspection-result-violation");
        violation.setLabel(getTranslation("inspections.result.violation"));
        violation.setHelperText(getTranslation("inspections.result.violation.helper"));
        violation.setEmptySelectionAllowed(true);
        violation.setEmptySelectionCaption(getTranslation("inspections.result.violation.none"));
        violation.setItems(work.violationsOf(entry.creditCode()));
        violation.setItemLabelGenerator(choice -> choice == null ? getTranslation("inspections.result.violation.none")
                : getTranslation("inspections.result.violation.option", String.valueOf(choice.occurredOn()),
                                 choice.decisionNo() == null ? choice.factId() : choice.decisionNo()));
        TextArea note = new TextArea();
        note.setId("inspection-result-note");
        note.setWidthFull();
        TextArea correction = new TextArea(getTranslation("inspections.result.correction"));
        correction.setId("inspection-result-correction");
        correction.setWidthFull();
        correction.setVisible(correcting);
        Span previous = new Span(correcting ? getTranslation("inspections.result.previous",
                                                             texts.outcome(entry)) : "");
        previous.setVisible(correcting);

        outcome.addValueChangeListener(change -> {
            InspectionOutcome chosen = change.getValue();
            inspectedOn.setVisible(chosen != InspectionOutcome.NOT_INSPECTED);
            violation.setVisible(chosen == InspectionOutcome.PROBLEM_FOUND);
            note.setLabel(getTranslation(chosen == InspectionOutcome.NOT_INSPECTED ? "inspections.result.reason"
                                                                                    : "inspections.result.note"));
        });
        outcome.setValue(InspectionOutcome.NO_PROBLEM);

        Button submit = new Button(getTranslation("inspections.result.submit"), click -> {
            InspectionOutcome chosen = outcome.getValue();
            boolean inspected = chosen != InspectionOutcome.NOT_INSPECTED;
            ViolationChoice named = chosen == InspectionOutcome.PROBLEM_FOUND ? violation.getValue() : null;
            try {
                work.recordResult(entry.period(), entry.creditCode(), chosen, inspected ? inspectedOn.getValue() : null,
                                  named == null ? null : named.factId(), note.getValue(),
                                  correcting ? correction.getValue() : null, actor);
                Notices.success(getTranslation("inspections.result.recorded", enterpriseName));
                close();
                recorded.run();
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        submit.setId("inspection-result-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("inspections.cancel"), click -> close());
        FormLayout form = new FormLayout(outcome, inspectedOn, violation, note, correction);
        form.setColspan(note, 2);
        form.setColspan(correction, 2);
        add(previous, form);
        getFooter().add(cancel, submit);
    }
}
