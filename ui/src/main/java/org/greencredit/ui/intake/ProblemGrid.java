package org.greencredit.ui.intake;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.intake.ImportColumn;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.domain.intake.RowOutcome;
import org.greencredit.domain.intake.RowResult;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.i18n.RefusalMessages;

/**
 * The rows of a preview that will not be imported, one line per problem: the row number as the user sees it in
 * the file, the source system's record id, the outcome, the column by its header, and the problem in the user's
 * language.
 */
final class ProblemGrid extends Grid<ProblemGrid.Line> {

    /** Up to this many lines the grid is as tall as its lines; beyond, it scrolls. */
    private static final int SHOWN_WHOLE = 15;

    private final List<ImportLayout> layouts;

    ProblemGrid(List<ImportLayout> layouts) {
        this.layouts = List.copyOf(layouts);
        setId("imports-problems");
        addColumn(Line::rowNumber).setHeader(getTranslation("imports.problems.row")).setAutoWidth(true)
                                  .setFlexGrow(0);
        addColumn(Line::sourceRecordId).setHeader(getTranslation("imports.problems.sourceRecordId"))
                                       .setAutoWidth(true).setFlexGrow(0);
        addColumn(line -> getTranslation("imports.outcome." + line.outcome().name()))
                .setHeader(getTranslation("imports.problems.outcome")).setAutoWidth(true).setFlexGrow(0);
        addColumn(Line::column).setHeader(getTranslation("imports.problems.column")).setAutoWidth(true)
                               .setFlexGrow(0);
        addColumn(Line::message).setHeader(getTranslation("imports.problems.message")).setFlexGrow(1)
                                .setTooltipGenerator(Line::message);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        GridCount.show(this, "imports.problems.none");
    }

    void show(ImportPreview preview) {
        Map<String, String> headers = headers(preview.kind());
        List<Line> lines = preview.problemRows().stream().flatMap(row -> lines(row, headers).stream()).toList();
        setItems(lines);
        setAllRowsVisible(lines.size() <= SHOWN_WHOLE);
        setHeight(lines.size() <= SHOWN_WHOLE ? null : "32rem");
    }

    private List<Line> lines(RowResult row, Map<String, String> headers) {
        if (row.problems().isEmpty()) {
            return List.of(new Line(row.rowNumber(), row.sourceRecordId(), row.outcome(), "", ""));
        }
        return row.problems().stream()
                  .map(problem -> new Line(row.rowNumber(), row.sourceRecordId(), row.outcome(),
                                           header(problem.column(), headers), message(problem.refusal())))
                  .toList();
    }

    private String header(String key, Map<String, String> headers) {
        if (key == null) {
            return getTranslation("imports.problems.wholeRow");
        }
        return headers.getOrDefault(key, key);
    }

    private String message(Refusal refusal) {
        return refusal == null ? "" : RefusalMessages.of(refusal);
    }

    /** A column's header by its key, from the layouts of the imported kind (the first layout naming it wins). */
    private Map<String, String> headers(ImportKind kind) {
        Map<String, String> headers = new HashMap<>();
        layouts.stream().filter(layout -> layout.kind() == kind).flatMap(layout -> layout.columns().stream())
               .forEach(column -> headers.putIfAbsent(column.key(), header(column)));
        return headers;
    }

    private static String header(ImportColumn column) {
        return column.header() == null || column.header().isBlank() ? column.key() : column.header();
    }

    /** One problem of one row, as a line of the grid. */
    record Line(int rowNumber, String sourceRecordId, RowOutcome outcome, String column, String message) {
    }
}
