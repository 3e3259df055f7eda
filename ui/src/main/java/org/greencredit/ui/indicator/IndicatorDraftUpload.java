package org.greencredit.ui.indicator;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greencredit.domain.indicator.DefinitionProblem;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemParser;
import org.greencredit.domain.indicator.InvalidIndicatorSystem;
import org.greencredit.ui.components.LocalizedUpload;

/**
 * 上传指标体系定义 (administrators only): a YAML file is parsed here first, so a malformed one is refused with every
 * problem in the user's language and nothing is sent; a well-formed one is handed on to be drafted.
 */
final class IndicatorDraftUpload extends VerticalLayout {

    private final String expectedSystem;
    private final Div problems = new Div();

    IndicatorDraftUpload(String expectedSystem) {
        this.expectedSystem = expectedSystem;
        setId("indicator-upload-panel");
        setPadding(false);
        Upload upload = new LocalizedUpload(UploadHandler.inMemory(
                (metadata, content) -> received(new String(content, StandardCharsets.UTF_8))));
        upload.setId("indicator-upload");
        upload.setAcceptedFileTypes(".yaml", ".yml", "application/x-yaml", "text/yaml");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(getTranslation("indicator.upload.drop")));
        problems.setId("indicator-upload-errors");
        problems.addClassName("indicator-upload-errors");
        add(new H3(getTranslation("indicator.upload.title")), new Paragraph(getTranslation("indicator.upload.help")),
            upload, problems);
    }

    Registration addDraftListener(ComponentEventListener<DraftReceived> listener) {
        return addListener(DraftReceived.class, listener);
    }

    private void received(String yaml) {
        problems.removeAll();
        IndicatorSystem definition;
        try {
            definition = IndicatorSystemParser.parse(yaml);
        } catch (InvalidIndicatorSystem invalid) {
            show(invalid.problems().stream().map(this::describe).toList());
            return;
        }
        if (!definition.system().equals(expectedSystem)) {
            show(List.of(getTranslation("indicator.definition.otherSystem", definition.system(), expectedSystem)));
            return;
        }
        fireEvent(new DraftReceived(this, definition.version(), yaml));
    }

    private String describe(DefinitionProblem problem) {
        String message = getTranslation(problem.messageKey(), problem.arguments().toArray());
        return problem.path() == null || problem.path().isBlank() ? message : problem.path() + "：" + message;
    }

    private void show(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        problems.add(new Paragraph(getTranslation("indicator.upload.invalid")), list);
    }

    /** A well-formed definition of the district's system, to be drafted as {@code version}. */
    static final class DraftReceived extends ComponentEvent<IndicatorDraftUpload> {

        private final String version;
        private final String yaml;

        DraftReceived(IndicatorDraftUpload source, String version, String yaml) {
            super(source, false);
            this.version = version;
            this.yaml = yaml;
        }

        String version() {
            return version;
        }

        String yaml() {
            return yaml;
        }
    }
}
