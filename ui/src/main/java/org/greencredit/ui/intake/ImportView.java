package org.greencredit.ui.intake;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.ui.MainLayout;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.command.CurrentActor;
import org.greencredit.ui.components.Notices;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * 批量导入 (officers): choose what the file holds and take its template, upload it, read the preview that checked
 * every row before anything is stored, confirm, and follow the import to its result report. Each step is a panel
 * of its own; this view only passes the file from one to the next.
 */
@Route(value = "imports", layout = MainLayout.class)
@Menu(title = "nav.imports", order = 15)
@RolesAllowed("OFFICER")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final Imports imports;
    private final Actor actor;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final ImportUpload upload;
    private final PreviewPanel preview;
    private final ProgressPanel progress;

    public ImportView(Imports imports, CurrentActor currentActor) {
        this.imports = imports;
        this.actor = currentActor.actor();
        setId("imports-view");

        TemplatePanel templates = new TemplatePanel(imports);
        kind.setId("imports-kind");
        kind.setLabel(getTranslation("imports.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("imports.kind." + value.name()));
        kind.addValueChangeListener(change -> {
            templates.show(change.getValue());
            startAgain();
        });

        upload = new ImportUpload(imports, actor, kind::getValue);
        upload.onPreview(this::previewed);
        preview = new PreviewPanel(imports.layouts());
        preview.onConfirm(this::confirm);
        preview.onStartAgain(this::startAgain);
        progress = new ProgressPanel(imports);
        progress.onStartAgain(this::startAgain);

        H2 title = new H2(getTranslation("imports.title"));
        title.setId("imports-title");
        add(title, kind, new H3(getTranslation("imports.templates.title")), templates,
            new H3(getTranslation("imports.upload.title")), upload, preview, progress);
        kind.setValue(ImportKind.FACTS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title");
    }

    private void previewed(ImportPreview checked) {
        upload.setVisible(false);
        kind.setEnabled(false);
        preview.show(checked);
    }

    private void confirm(ImportPreview checked) {
        String importId;
        try {
            importId = imports.confirm(checked.previewId(), actor);
        } catch (RuleViolation refused) {
            refusedConfirmation(refused.refusal());
            return;
        } catch (CommandRefused refused) {
            refusedConfirmation(refused.refusal());
            return;
        }
        preview.setVisible(false);
        progress.follow(importId, checked);
    }

    private void refusedConfirmation(Refusal refusal) {
        Notices.error(RefusalMessages.of(refusal));
        preview.confirmRefused();
    }

    private void startAgain() {
        progress.stop();
        preview.setVisible(false);
        upload.clear();
        upload.setVisible(true);
        kind.setEnabled(true);
    }
}
