package org.greencredit.app.intake;

import java.time.Clock;
import java.util.Optional;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.intake.ImportColumn;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.ui.i18n.Translations;
import org.springframework.stereotype.Component;

/** The row readers of each kind of import, and the recognition of a template's untouched worked example. */
@Component
class RowMappers {

    private final ImportLayouts layouts;
    private final EnterpriseRowMapper enterprises;
    private final FactRowMapper facts;
    private final Translations translations;

    RowMappers(ImportLayouts layouts, Translations translations, Clock clock) {
        this.layouts = layouts;
        this.translations = translations;
        this.enterprises = new EnterpriseRowMapper(translations, clock);
        this.facts = new FactRowMapper(translations, ImportLayouts.importableTypes(), clock);
    }

    MappedRow map(ImportKind kind, SourceRow row, String importId) {
        return kind == ImportKind.ENTERPRISES ? enterprises.map(row, importId) : facts.map(row, importId);
    }

    /** A row exactly as the worked example of its template: left in by mistake, it is not imported. */
    boolean isExample(ImportKind kind, SourceRow row) {
        if (kind == ImportKind.ENTERPRISES) {
            return matches(layouts.forKind(kind), row);
        }
        String type = row.value("type");
        Optional<FactType> named = type == null ? Optional.empty() : ChoiceNames.factType(translations, type);
        return named.flatMap(layouts::forType).map(layout -> matches(layout, row)).orElse(false)
               || matches(layouts.forKind(kind), row);
    }

    private static boolean matches(ImportLayout layout, SourceRow row) {
        for (ImportColumn column : layout.columns()) {
            String example = column.example().isEmpty() ? null : column.example();
            if (!java.util.Objects.equals(example, row.value(column.key()))) {
                return false;
            }
        }
        return row.values().keySet().stream().allMatch(key -> layout.column(key).isPresent());
    }
}
