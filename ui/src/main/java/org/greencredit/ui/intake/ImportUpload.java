package org.greencredit.ui.intake;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.components.LocalizedUpload;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 上传导入文件: one XLSX or CSV file of at most {@link #MAX_BYTES}, received into a temporary file (never held in
 * memory), then checked by {@link Imports#preview} on a thread of its own — checking a large file takes seconds and
 * the page stays usable meanwhile. A file the system refuses as a whole is explained here and goes no further.
 */
final class ImportUpload extends VerticalLayout {

    static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ImportUpload.class);

    private final Imports imports;
    private final Actor actor;
    private final Supplier<ImportKind> kind;
    private final LocalizedUpload upload;
    private final ProgressBar checking = new ProgressBar();
    private final Span status = new Span();
    private final Paragraph refusal = new Paragraph();
    private Consumer<ImportPreview> previewed = preview -> { };

    ImportUpload(Imports imports, Actor actor, Supplier<ImportKind> kind) {
        this.imports = imports;
        this.actor = actor;
        this.kind = kind;
        setId("imports-upload-step");
        setPadding(false);

        upload = new LocalizedUpload(new TemporaryFileUploadHandler(this::received) {
            @Override
            public long getFileSizeMax() {
                return MAX_BYTES;
            }
        });
        upload.setId("imports-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setDropLabel(new Span(getTranslation("imports.upload.drop")));
        upload.addFileRejectedListener(rejected -> Notices.error(rejected.getErrorMessage()));

        checking.setIndeterminate(true);
        checking.setId("imports-checking");
        checking.setVisible(false);
        status.setId("imports-upload-status");
        refusal.setId("imports-refusal");
        refusal.addClassName("import-refusal");
        refusal.setVisible(false);
        add(new Paragraph(getTranslation("imports.upload.help")), upload, checking, status, refusal);
    }

    void onPreview(Consumer<ImportPreview> listener) {
        previewed = listener;
    }

    void clear() {
        upload.clearFileList();
        checking.setVisible(false);
        status.setText("");
        refusal.setVisible(false);
    }

    /** In the session (the upload handler's access): remembers what to check, then checks it in the background. */
    private void received(UploadMetadata file, File content) {
        ImportKind chosen = kind.get();
        UI ui = UI.getCurrent();
        refusal.setVisible(false);
        checking.setVisible(true);
        status.setText(getTranslation("imports.upload.checking", file.fileName()));
        Thread check = new Thread(() -> check(ui, chosen, file.fileName(), content), "import-preview");
        check.setDaemon(true);
        check.start();
    }

    private void check(UI ui, ImportKind chosen, String fileName, File content) {
        try (InputStream in = Files.newInputStream(content.toPath())) {
            ImportPreview preview = imports.preview(chosen, fileName, in, actor);
            push(ui, () -> done(preview));
        } catch (RuleViolation refused) {
            push(ui, () -> refused(refused.refusal()));
        } catch (CommandRefused refused) {
            push(ui, () -> refused(refused.refusal()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Checking the import file {} failed", fileName, e);
            push(ui, this::failed);
        } finally {
            deleteQuietly(content);
        }
    }

    private void done(ImportPreview preview) {
        checking.setVisible(false);
        status.setText("");
        previewed.accept(preview);
    }

    private void refused(Refusal why) {
        checking.setVisible(false);
        status.setText("");
        refusal.setText(getTranslation("imports.upload.refused", RefusalMessages.of(why)));
        refusal.setVisible(true);
        upload.clearFileList();
    }

    private void failed() {
        checking.setVisible(false);
        status.setText("");
        refusal.setText(getTranslation("imports.upload.failed"));
        refusal.setVisible(true);
        upload.clearFileList();
    }

    private static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded import file {}", file, e);
        }
    }

    private static void push(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            // the page was closed while the file was checked: the staged preview simply goes unused
        }
    }
}
