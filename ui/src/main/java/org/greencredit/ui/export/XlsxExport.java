package org.greencredit.ui.export;

import org.greencredit.ui.export.ExportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an {@link ExportTable} as an Excel workbook (.xlsx) of one sheet: a bold, frozen header row and every
 * cell as text, so credit codes and dates keep their exact form. Column widths follow the content (a Chinese
 * character counts double), computed here rather than by POI's auto-size, which needs fonts on the server. Text
 * cells are never evaluated; one that starts like a formula ({@link FormulaGuard}) also carries Excel's quote
 * prefix, so editing it in Excel keeps it text. Nothing is exported as a number, so no number is affected.
 */
public final class XlsxExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_COLUMN_CHARS = 60;

    private XlsxExport() {
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        write(List.of(table), out);
    }

    /** One sheet per table, in order; their titles must differ once made safe as sheet names. */
    public static void write(List<ExportTable> tables, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle literal = workbook.createCellStyle();
            literal.setQuotePrefixed(true);
            for (ExportTable table : tables) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                write(sheet.createRow(0), table.headers(), header, literal);
                for (int i = 0; i < table.rows().size(); i++) {
                    write(sheet.createRow(i + 1), table.rows().get(i), null, literal);
                }
                sheet.createFreezePane(0, 1);
                for (int column = 0; column < table.headers().size(); column++) {
                    sheet.setColumnWidth(column, 256 * (width(table, column) + 2));
                }
            }
            workbook.write(out);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style, CellStyle literal) {
        for (int column = 0; column < cells.size(); column++) {
            var cell = row.createCell(column);
            String text = cells.get(column) == null ? "" : cells.get(column);
            cell.setCellValue(text);
            if (FormulaGuard.startsLikeAFormula(text)) {
                cell.setCellStyle(literal);
            } else if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static int width(ExportTable table, int column) {
        int widest = displayWidth(table.headers().get(column));
        for (List<String> row : table.rows()) {
            if (column < row.size()) {
                widest = Math.max(widest, displayWidth(row.get(column)));
            }
        }
        return Math.min(widest, MAX_COLUMN_CHARS);
    }

    private static int displayWidth(String text) {
        return text == null ? 0 : text.codePoints().map(point -> point > 0x2E80 ? 2 : 1).sum();
    }
}
