package org.greencredit.ui.dataerror;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.dataerror.DataErrorReports;
import org.greencredit.domain.dataerror.EvidenceFile;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.LocalizedUpload;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 报告数据错误: the enterprise says what is wrong with one fact of its file and attaches up to
 * {@link EvidenceFile#MAX_FILES} files (PDF, JPEG, PNG, each at most 10 MB). Files wait in temporary files until
 * the report is sent and are deleted when the dialog closes; a refusal keeps the dialog open with its message.
 */
class ReportDataErrorDialog extends Dialog {

    private final Map<String, File> files = new LinkedHashMap<>();
    private final TextArea reason = new TextArea(getTranslation("dataError.reason"));

    ReportDataErrorDialog(String creditCode, CreditFileEntry fact, DataErrorDesk desk, Runnable reported) {
        setId("data-error-report-dialog");
        setHeaderTitle(getTranslation("dataError.report.title"));
        setWidth("min(40rem, 95vw)");
        Paragraph what = new Paragraph(DataErrorClient.label(fact, getLocale()));
        what.setId("data-error-report-fact");

        reason.setId("data-error-reason");
        reason.setWidthFull();
        reason.setMaxLength(DataErrorReports.MAX_TEXT_LENGTH);
        reason.setHelperText(getTranslation("dataError.reason.help"));

        LocalizedUpload upload = new LocalizedUpload(new TemporaryFileUploadHandler(this::received) {
            @Override
            public long getFileSizeMax() {
                return EvidenceFile.MAX_BYTES;
            }
        });
        upload.setId("data-error-evidence-upload");
        upload.setMaxFiles(EvidenceFile.MAX_FILES);
        upload.setMaxFileSize((int) EvidenceFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRejectedListener(rejected -> Notices.error(rejected.getErrorMessage()));
        upload.addFileRemovedListener(removed -> delete(files.remove(removed.getFileName())));

        Button submit = new Button(getTranslation("dataError.report.submit"), click -> {
            try {
                desk.report(creditCode, fact.id(), reason.getValue(), files.entrySet().stream().map(
                        file -> new DataErrorDesk.EvidenceUpload(file.getKey(), file.getValue().toPath())).toList());
                close();
                Notices.success(getTranslation("dataError.report.done"));
                reported.run();
            } catch (CommandRefused refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            } catch (RuleViolation refused) {
                Notices.error(RefusalMessages.of(refused.refusal()));
            }
        });
        submit.setId("data-error-report-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(what, reason, new Paragraph(getTranslation("dataError.evidence.help")), upload);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), submit);
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                List.copyOf(files.values()).forEach(ReportDataErrorDialog::delete);
                files.clear();
            }
        });
    }

    private void received(UploadMetadata metadata, File content) {
        delete(files.put(metadata.fileName(), content));
    }

    private static void delete(File file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
