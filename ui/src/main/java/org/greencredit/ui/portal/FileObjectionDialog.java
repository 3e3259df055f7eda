package org.greencredit.ui.portal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.greencredit.domain.creditfile.api.FileObjection;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/** 提出异议: the enterprise disputes its disclosed preliminary grade, once, with its reasons and evidence. */
class FileObjectionDialog extends Dialog {

    FileObjectionDialog(EvaluationSummary evaluation, CommandClient commands, Runnable filed) {
        setHeaderTitle(getTranslation("portal.objection"));
        setWidth("min(40rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("portal.objection.reason"));
        reason.setId("portal-objection-reason");
        TextField evidenceNo = new TextField(getTranslation("portal.evidence.documentNo"));
        evidenceNo.setId("portal-objection-evidence-no");
        TextField evidenceDescription = new TextField(getTranslation("portal.evidence.description"));
        evidenceDescription.setId("portal-objection-evidence-description");
        Paragraph about = new Paragraph(getTranslation("portal.objection.about", evaluation.preliminaryGrade(),
                                                       String.valueOf(evaluation.disclosureEnd())));
        Button submit = new Button(getTranslation("portal.objection.submit"), click -> {
            try {
                commands.send(new FileObjection(evaluation.creditCode(), evaluation.cycleId(), reason.getValue(),
                                                new Evidence(evidenceNo.getValue(), evidenceDescription.getValue())));
                close();
                Notices.success(getTranslation("portal.objection.done"));
                filed.run();
            } catch (CommandRefused refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        submit.setId("portal-objection-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(reason, evidenceNo, evidenceDescription);
        form.setColspan(reason, 2);
        add(about, form);
        getFooter().add(new Button(getTranslation("portal.cancel"), click -> close()), submit);
    }
}
