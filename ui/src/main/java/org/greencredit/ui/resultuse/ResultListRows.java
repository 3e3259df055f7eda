package org.greencredit.ui.resultuse;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.ui.export.ExportTable;

/**
 * The columns of a result-use list in one language, shared by the grid and the export, so a download holds what the
 * screen shows. Translates through the provider and a fixed locale: a download is written outside the UI's request.
 */
final class ResultListRows {

    private final I18NProvider translations;
    private final Locale locale;

    ResultListRows(I18NProvider translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    String text(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    List<String> headers() {
        return List.of(text("resultLists.treatment"), text("enterprise.creditCode"), text("enterprise.name"),
                       text("enterprise.subdistrict"), text("supervision.grade"), text("supervision.gradeKind"),
                       text("supervision.gradeSince"));
    }

    List<String> cells(ResultListRow row) {
        EnterpriseListing enterprise = row.enterprise();
        return List.of(text("resultLists.treatment." + row.treatment()), enterprise.creditCode(), enterprise.name(),
                       enterprise.subdistrict() == null ? "" : text("subdistrict." + enterprise.subdistrict()),
                       enterprise.grade(),
                       enterprise.gradeKind() == null ? "" : text("decisionKind." + enterprise.gradeKind()),
                       enterprise.gradeSince() == null ? "" : enterprise.gradeSince().toString());
    }

    ExportTable table(String title, List<ResultListRow> rows) {
        return new ExportTable(title, headers(), rows.stream().map(this::cells).toList());
    }
}
