package org.greencredit.domain.intake;

import java.util.List;
import java.util.Map;

/**
 * One row of an import as the source system wrote it: its number as the user sees it (the spreadsheet row, the CSV
 * line, the position in a batch), the text of each cell by column key (absent when the cell is empty), and what
 * was already wrong with a cell before its value was read (a formula, an unreadable cell).
 */
public record SourceRow(int rowNumber, Map<String, String> values, List<RowProblem> problems) {

    public SourceRow {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    public SourceRow(int rowNumber, Map<String, String> values) {
        this(rowNumber, values, List.of());
    }

    public String value(String column) {
        return values.get(column);
    }
}
