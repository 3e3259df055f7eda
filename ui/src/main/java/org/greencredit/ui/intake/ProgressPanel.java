package org.greencredit.ui.intake;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.export.XlsxExport;

/**
 * 导入进度: a confirmed import runs in the background; the page asks for its progress every
 * {@link #POLL_MILLIS} ms while it runs (rows done of all rows, by outcome), then shows how it ended and offers the
 * result report — every row that was not stored, with its reason — as an Excel file.
 */
final class ProgressPanel extends VerticalLayout {

    static final int POLL_MILLIS = 500;

    private final Imports imports;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Div counts = new Div();
    private final Paragraph outcome = new Paragraph();
    private final Div report = new Div();
    private final Button again = new Button();
    private Registration polling;
    private String importId;
    private ImportPreview file;
    private Runnable startAgain = () -> { };

    ProgressPanel(Imports imports) {
        this.imports = imports;
        setId("imports-progress");
        setPadding(false);
        setVisible(false);
        bar.setId("imports-progress-bar");
        status.setId("imports-progress-status");
        outcome.setId("imports-outcome");
        report.setId("imports-report");
        again.setText(getTranslation("imports.again"));
        again.setId("imports-again");
        again.addClickListener(click -> startAgain.run());
        add(new H3(getTranslation("imports.progress.title")), bar, status, counts, outcome, report, again);
    }

    void onStartAgain(Runnable listener) {
        startAgain = listener;
    }

    /** Shows the import of {@code preview}'s file and keeps asking for its progress until it ends. */
    void follow(String id, ImportPreview preview) {
        stop();
        importId = id;
        file = preview;
        bar.setValue(0);
        outcome.setText("");
        report.removeAll();
        again.setVisible(false);
        setVisible(true);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
        refresh();
    }

    /** Stops asking; the import itself goes on in the background. */
    void stop() {
        stopPolling(UI.getCurrent());
        setVisible(false);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private void refresh() {
        ImportProgress progress;
        try {
            progress = imports.progress(importId);
        } catch (RuleViolation refused) {
            ended(refused.refusal());
            return;
        }
        show(progress);
        if (progress.failure() != null) {
            ended(progress.failure());
            offerReport();
        } else if (progress.finished()) {
            ended(null);
            outcome.setText(getTranslation("imports.finished", progress.recorded(), progress.alreadyRecorded(),
                                           progress.conflicts(), progress.refused()));
            offerReport();
        }
    }

    private void show(ImportProgress progress) {
        bar.setValue(progress.total() == 0 ? 1 : (double) progress.done() / progress.total());
        status.setText(getTranslation(progress.finished() ? "imports.progress.done" : "imports.progress.running",
                                      progress.done(), progress.total()));
        counts.removeAll();
        counts.add(new CountBadges("imports-progress")
                           .count("recorded", "good", progress.recorded())
                           .count("alreadyRecorded", "neutral", progress.alreadyRecorded())
                           .count("conflicts", "bad", progress.conflicts())
                           .count("refused", "bad", progress.refused()));
    }

    /** {@code failure}: why the import stopped early, or null when it went through. */
    private void ended(Refusal failure) {
        stopPolling(UI.getCurrent());
        if (failure != null) {
            outcome.setText(getTranslation("imports.failed", RefusalMessages.of(failure)));
            outcome.addClassName("import-refusal");
        } else {
            outcome.removeClassName("import-refusal");
        }
        again.setVisible(true);
    }

    private void offerReport() {
        Locale locale = getLocale();
        String id = importId;
        String fileName = getTranslation("imports.report.file", baseName(file.fileName())) + ".xlsx";
        Anchor link = new Anchor(event -> {
            event.setFileName(fileName);
            event.setContentType(XlsxExport.CONTENT_TYPE);
            imports.writeReport(id, locale, event.getOutputStream());
        }, AttachmentType.DOWNLOAD, getTranslation("imports.report.download"));
        link.setId("imports-report-download");
        link.setTitle(fileName);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        report.removeAll();
        report.add(link);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
