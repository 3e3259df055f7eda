package org.greencredit.ui.export;

import java.util.List;

/** A list ready to export: a title (the sheet's name), the column headers and the rows of cells, all text. */
public record ExportTable(String title, List<String> headers, List<List<String>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
