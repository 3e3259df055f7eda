package org.greencredit.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.ui.export.CsvExport;
import org.greencredit.ui.export.XlsxExport;

/**
 * 导入模板 of the chosen kind: for each layout its Excel and CSV template (Chinese headers, one worked example
 * row), written when clicked, and what each column holds.
 */
final class TemplatePanel extends VerticalLayout {

    private final Imports imports;

    TemplatePanel(Imports imports) {
        this.imports = imports;
        setId("imports-templates");
        setPadding(false);
        setSpacing(false);
    }

    void show(ImportKind kind) {
        removeAll();
        imports.layouts().stream().filter(layout -> layout.kind() == kind).forEach(layout -> add(row(layout)));
    }

    private HorizontalLayout row(ImportLayout layout) {
        String prefix = "imports-template-" + layout.name();
        Span title = new Span(layout.title());
        title.addClassName("import-template-title");
        Button columns = new Button(getTranslation("imports.templates.columns"),
                                    click -> new ColumnsDialog(layout).open());
        columns.setId(prefix + "-columns");
        columns.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(title, download(layout, TemplateFormat.XLSX, prefix),
                                                    download(layout, TemplateFormat.CSV, prefix), columns);
        row.setId(prefix);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Anchor download(ImportLayout layout, TemplateFormat format, String prefix) {
        String fileName = getTranslation("imports.templates.file", layout.title())
                          + "." + format.name().toLowerCase(Locale.ROOT);
        DownloadHandler write = event -> {
            event.setFileName(fileName);
            event.setContentType(format == TemplateFormat.XLSX ? XlsxExport.CONTENT_TYPE : CsvExport.CONTENT_TYPE);
            imports.writeTemplate(layout.name(), format, event.getOutputStream());
        };
        Anchor link = new Anchor(write, AttachmentType.DOWNLOAD, getTranslation("imports.templates." + format.name()));
        link.setId(prefix + "-" + format.name().toLowerCase(Locale.ROOT));
        link.setTitle(fileName);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return link;
    }
}
