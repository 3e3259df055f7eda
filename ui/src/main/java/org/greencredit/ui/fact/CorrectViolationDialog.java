package org.greencredit.ui.fact;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.creditfile.api.CorrectViolation;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.LocalizedDatePicker;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 纠正违法记录: an officer records that reconsideration or litigation revoked a penalty, or changed it — then with
 * the violation's attributes from now on, starting from the current ones.
 */
public class CorrectViolationDialog extends Dialog {

    private final CommandClient commands;
    private final CreditFileEntry violation;
    private final Runnable corrected;
    private final Select<CorrectionOutcome> outcome = new Select<>();
    private final LocalizedDatePicker decidedOn = new LocalizedDatePicker(getTranslation("field.decidedOn"));
    private final TextField documentNo = new TextField(getTranslation("fact.evidence.documentNo"));
    private final TextField reason = new TextField(getTranslation("correction.reason"));
    private final AttributeFields newAttributes;

    public CorrectViolationDialog(CommandClient commands, CreditFileEntry violation, List<CreditFileEntry> fileEntries,
                                  LocalDate today, Runnable corrected) {
        this.commands = commands;
        this.violation = violation;
        this.corrected = corrected;
        setId("creditfile-correct-violation");
        setHeaderTitle(getTranslation("correction.title", violation.occurredOn(),
                                      violation.evidenceDocumentNo() == null ? "" : violation.evidenceDocumentNo()));
        setWidth("min(56rem, 95vw)");

        outcome.setId("correction-outcome");
        outcome.setLabel(getTranslation("correction.outcome"));
        outcome.setItems(CorrectionOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("correction.outcome." + value.name()));
        decidedOn.setId("correction-decided-on");
        decidedOn.setMax(today);
        decidedOn.setValue(today);
        documentNo.setId("correction-document-no");
        reason.setId("correction-reason");
        reason.setMaxLength(Evidence.MAX_LENGTH);

        newAttributes = new AttributeFields(FactType.VIOLATION, fileEntries);
        newAttributes.fill(violation.attributes());
        newAttributes.setVisible(false);
        outcome.addValueChangeListener(change -> newAttributes.setVisible(change.getValue() == CorrectionOutcome.CHANGED));

        FormLayout form = new FormLayout(outcome, decidedOn, documentNo, reason);
        add(form, newAttributes);

        Button submit = new Button(getTranslation("correction.submit"), click -> submit());
        submit.setId("correction-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, submit);
    }

    private void submit() {
        CorrectViolation command = new CorrectViolation(
                violation.creditCode(), violation.id(), outcome.getValue(), decidedOn.getValue(),
                new Evidence(documentNo.getValue(), reason.getValue()),
                outcome.getValue() == CorrectionOutcome.CHANGED ? newAttributes.values() : null);
        try {
            commands.send(command);
            close();
            Notices.success(getTranslation("correction.done"));
            corrected.run();
        } catch (CommandRefused refused) {
            String message = RefusalMessages.of(refused.refusal());
            newAttributes.showRefusal(refused.refusal().arguments(), message);
            Notices.error(message);
        }
    }
}
