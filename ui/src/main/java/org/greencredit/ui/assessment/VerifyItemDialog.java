package org.greencredit.ui.assessment;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.VerifyDeclaredItem;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.LocalizedDatePicker;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/** 核查申报事项: the assessor's conclusion on one declared item, with the date and a note (required for 虚假). */
class VerifyItemDialog extends Dialog {

    private final Select<VerificationOutcome> outcome = new Select<>();
    private final DatePicker verifiedOn = new LocalizedDatePicker(getTranslation("field.verifiedOn"));
    private final TextArea note = new TextArea(getTranslation("field.note"));

    VerifyItemDialog(CommandClient commands, PendingItem pending, LocalDate today, Runnable verified) {
        setId("assessment-verify-dialog");
        setHeaderTitle(getTranslation("assessment.verify.title", pending.evaluation().enterpriseName(),
                                      getTranslation("factType." + pending.item().type())));
        outcome.setId("assessment-verify-outcome");
        outcome.setLabel(getTranslation("assessment.verify.outcome"));
        outcome.setItems(VerificationOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("declarationStatus." + value.name()));
        verifiedOn.setId("assessment-verify-date");
        verifiedOn.setMax(today);
        verifiedOn.setValue(today);
        note.setId("assessment-verify-note");
        add(new FormLayout(outcome, verifiedOn, note));

        Button submit = new Button(getTranslation("assessment.verify.submit"), click -> {
            try {
                commands.send(new VerifyDeclaredItem(pending.evaluation().creditCode(), pending.item().id(),
                                                     outcome.getValue(), verifiedOn.getValue(), note.getValue()));
                close();
                Notices.success(getTranslation("assessment.verify.done"));
                verified.run();
            } catch (CommandRefused refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        submit.setId("assessment-verify-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, submit);
    }
}
