package org.greencredit.ui.supervision;

import org.greencredit.ui.export.ExportTable;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greencredit.projections.directory.EnterpriseListing;

/**
 * The columns of a supervision list in one language, shared by the grids and the exports so a download holds
 * what the screen shows. It translates through the provider and a fixed locale, because a download is written
 * outside the UI's request.
 */
final class SupervisionRows {

    private final I18NProvider translations;
    private final Locale locale;
    private final Map<String, String> tierNames;

    SupervisionRows(I18NProvider translations, Locale locale, Map<String, String> tierNames) {
        this.translations = translations;
        this.locale = locale;
        this.tierNames = Map.copyOf(tierNames);
    }

    String text(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    List<String> headers() {
        return List.of(text("enterprise.creditCode"), text("enterprise.name"), text("enterprise.subdistrict"),
                       text("supervision.grade"), text("supervision.gradeKind"), text("supervision.gradeSince"),
                       text("supervision.tier"), text("supervision.lenient"));
    }

    List<String> cells(EnterpriseListing row) {
        return List.of(row.creditCode(), row.name(), subdistrict(row),
                       row.grade() == null ? text("supervision.ungraded") : row.grade(),
                       row.gradeKind() == null ? "" : text("decisionKind." + row.gradeKind()),
                       row.gradeSince() == null ? "" : row.gradeSince().toString(), tierName(row.tier()),
                       text("supervision.lenient." + row.lenient()));
    }

    String subdistrict(EnterpriseListing row) {
        return row.subdistrict() == null ? "" : text("subdistrict." + row.subdistrict());
    }

    String tierName(String tier) {
        return tierNames.getOrDefault(tier, tier);
    }

    ExportTable table(String title, List<EnterpriseListing> rows) {
        return new ExportTable(title, headers(), rows.stream().map(this::cells).toList());
    }
}
