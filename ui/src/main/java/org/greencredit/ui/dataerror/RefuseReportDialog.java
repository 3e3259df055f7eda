package org.greencredit.ui.dataerror;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.greencredit.domain.dataerror.DataErrorReports;
import org.greencredit.domain.dataerror.api.RefuseDataErrorReport;
import org.greencredit.projections.dataerror.DataErrorReportSummary;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/** 不予更正: the officer finds the fact right and writes why; the enterprise reads the reason on its page. */
class RefuseReportDialog extends Dialog {

    RefuseReportDialog(DataErrorReportSummary report, CommandClient commands, Runnable refused) {
        setId("data-error-refuse-dialog");
        setHeaderTitle(getTranslation("dataError.refuse"));
        setWidth("min(36rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("dataError.refusalReason"));
        reason.setId("data-error-refusal-reason");
        reason.setWidthFull();
        reason.setMaxLength(DataErrorReports.MAX_TEXT_LENGTH);
        Button submit = new Button(getTranslation("dataError.refuse.submit"), click -> {
            try {
                commands.send(new RefuseDataErrorReport(report.creditCode(), report.reportId(), reason.getValue()));
                close();
                Notices.success(getTranslation("dataError.decided"));
                refused.run();
            } catch (CommandRefused why) {
                Notices.error(RefusalMessages.of(why.refusal()));
            }
        });
        submit.setId("data-error-refuse-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("dataError.refuse.summary", report.creditCode(),
                                         DataErrorClient.label(report, getLocale()), report.reason())),
            reason);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), submit);
    }
}
