package org.greencredit.ui.intake;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Counts of rows by what became of them, each a badge of its own colour ("新增 12 行"), so a glance tells whether
 * an import stores anything and whether anything needs attention. A count of zero is shown plain.
 */
final class CountBadges extends HorizontalLayout {

    private final String idPrefix;

    CountBadges(String idPrefix) {
        this.idPrefix = idPrefix;
        setId(idPrefix + "-counts");
        addClassName("import-counts");
    }

    /** {@code tone}: {@code total}, {@code good}, {@code neutral} or {@code bad}. */
    CountBadges count(String name, String tone, int rows) {
        Span badge = new Span(getTranslation("imports.count." + name, rows));
        badge.setId(idPrefix + "-count-" + name);
        badge.addClassNames("import-count", "import-count-" + (rows == 0 ? "zero" : tone));
        add(badge);
        return this;
    }
}
