package org.greencredit.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;
import org.greencredit.domain.intake.ImportLayout;

/**
 * 导入预览: the uploaded file (name, size, SHA-256, format), its rows counted by what an import would do, the rows
 * that would not be imported with their problems, and the choice to confirm or to choose another file. Nothing is
 * stored until confirmed; a file with nothing new cannot be confirmed, and says why.
 */
final class PreviewPanel extends VerticalLayout {

    private static final int SHOWN_HASH = 12;

    private final Div file = new Div();
    private final Div counts = new Div();
    private final ProblemGrid problems;
    private final Paragraph truncated = new Paragraph();
    private final Paragraph hint = new Paragraph();
    private final Button confirm = new Button();
    private ImportPreview shown;
    private Consumer<ImportPreview> confirmed = preview -> { };
    private Runnable startAgain = () -> { };

    PreviewPanel(List<ImportLayout> layouts) {
        setId("imports-preview");
        setPadding(false);
        setVisible(false);
        problems = new ProblemGrid(layouts);
        file.setId("imports-file");
        file.addClassName("import-file");
        truncated.setId("imports-truncated");
        hint.setId("imports-confirm-hint");
        confirm.setText(getTranslation("imports.confirm"));
        confirm.setId("imports-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            confirm.setEnabled(false);
            confirmed.accept(shown);
        });
        Button again = new Button(getTranslation("imports.chooseAgain"));
        again.setId("imports-choose-again");
        again.addClickListener(click -> startAgain.run());
        add(new H3(getTranslation("imports.preview.title")), file, counts,
            new H3(getTranslation("imports.problems.title")), truncated, problems, hint,
            new HorizontalLayout(confirm, again));
    }

    void onConfirm(Consumer<ImportPreview> listener) {
        confirmed = listener;
    }

    void onStartAgain(Runnable listener) {
        startAgain = listener;
    }

    /** The confirmation was refused (the preview expired, say): the user may try once more. */
    void confirmRefused() {
        confirm.setEnabled(shown.newRows() > 0);
    }

    void show(ImportPreview preview) {
        shown = preview;
        showFile(preview);
        counts.removeAll();
        counts.add(new CountBadges("imports-preview")
                           .count("rows", "total", preview.rows())
                           .count("new", "good", preview.newRows())
                           .count("alreadyRecorded", "neutral", preview.alreadyRecorded())
                           .count("conflicts", "bad", preview.conflicts())
                           .count("refused", "bad", preview.refused()));
        problems.show(preview);
        truncated.setText(getTranslation("imports.problems.truncated", preview.problemRows().size(),
                                         preview.conflicts() + preview.refused()));
        truncated.setVisible(preview.truncated());
        confirm.setEnabled(preview.newRows() > 0);
        hint.setText(hintText(preview));
        setVisible(true);
    }

    private String hintText(ImportPreview preview) {
        if (preview.newRows() == 0) {
            return getTranslation("imports.confirm.nothingNew", preview.alreadyRecorded());
        }
        int left = preview.rows() - preview.newRows();
        return left == 0 ? getTranslation("imports.confirm.all", preview.newRows())
                         : getTranslation("imports.confirm.some", preview.newRows(), left);
    }

    private void showFile(ImportPreview preview) {
        file.removeAll();
        Span name = labelled("imports-file-name", "imports.file.name", preview.fileName());
        Span size = labelled("imports-file-size", "imports.file.size", FileSize.of(preview.sizeBytes(), this));
        String hash = preview.sha256() == null ? "" : preview.sha256();
        Span sha = labelled("imports-file-sha256", "imports.file.sha256",
                            hash.length() <= SHOWN_HASH ? hash
                                                        : getTranslation("imports.file.sha256.short",
                                                                         hash.substring(0, SHOWN_HASH)));
        sha.setTitle(hash);
        Span format = labelled("imports-file-format", "imports.file.format",
                               preview.encoding() == null
                               ? getTranslation("imports.file.format." + preview.format().name())
                               : getTranslation("imports.file.format.encoded." + preview.format().name(),
                                                preview.encoding()));
        file.add(name, size, sha, format);
    }

    private Span labelled(String id, String labelKey, String value) {
        Span text = new Span(getTranslation(labelKey, value));
        text.setId(id);
        text.addClassName("import-file-fact");
        return text;
    }
}
