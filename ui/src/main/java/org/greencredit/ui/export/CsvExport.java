package org.greencredit.ui.export;

import org.greencredit.ui.export.ExportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an {@link ExportTable} as CSV (RFC 4180: comma separated, CRLF, fields quoted when they hold a comma,
 * quote or line break) in UTF-8 with a byte order mark, without which Excel reads Chinese as mojibake. A cell
 * that a spreadsheet could take for a formula is written behind a single quote ({@link FormulaGuard}).
 */
public final class CsvExport {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvExport() {
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        line(writer, table.headers());
        for (List<String> row : table.rows()) {
            line(writer, row);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        writer.write(cells.stream().map(CsvExport::field).collect(Collectors.joining(",")));
        writer.write("\r\n");
    }

    private static String field(String cell) {
        String text = cell == null ? "" : FormulaGuard.neutralised(cell);
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
