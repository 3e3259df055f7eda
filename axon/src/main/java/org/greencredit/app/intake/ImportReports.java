package org.greencredit.app.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.RowResult;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.i18n.Translations;
import org.greencredit.ui.intake.ImportProgress;
import org.springframework.stereotype.Component;

/**
 * 导入结果报告 as XLSX: a sheet with the file and the counts, and a sheet with every refused or conflicting row and
 * why, one line per problem, in the reader's language. Written with POI's streaming workbook, so a report of a
 * hundred thousand rows needs no more memory than one of ten. Every cell is text, quote-prefixed, so a value a
 * source system sent that looks like a formula stays text.
 */
@Component
class ImportReports {

    private final Translations translations;

    ImportReports(Translations translations) {
        this.translations = translations;
    }

    void write(Properties meta, ImportProgress progress, ImportLayout layout, Path problems, Locale locale,
               OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet summary = workbook.createSheet(t(locale, "import.report.summary"));
            int line = 0;
            line = pair(summary, line, t(locale, "import.report.file"), meta.getProperty("fileName"), text);
            line = pair(summary, line, t(locale, "import.report.sha256"), meta.getProperty("sha256"), text);
            line = pair(summary, line, t(locale, "import.report.size"), meta.getProperty("size"), text);
            line = pair(summary, line, t(locale, "import.report.kind"),
                        t(locale, "import.kind." + meta.getProperty("kind")), text);
            line = pair(summary, line, t(locale, "import.report.rows"), Integer.toString(progress.total()), text);
            line = pair(summary, line, t(locale, "import.report.recorded"), Integer.toString(progress.recorded()), text);
            line = pair(summary, line, t(locale, "import.report.alreadyRecorded"),
                        Integer.toString(progress.alreadyRecorded()), text);
            line = pair(summary, line, t(locale, "import.report.conflicts"), Integer.toString(progress.conflicts()),
                        text);
            line = pair(summary, line, t(locale, "import.report.refused"), Integer.toString(progress.refused()), text);
            if (progress.failure() != null) {
                pair(summary, line, t(locale, "import.report.failure"),
                     RefusalMessages.of(progress.failure(), translations, locale), text);
            }
            summary.setColumnWidth(0, 256 * 20);
            summary.setColumnWidth(1, 256 * 70);

            Sheet rows = workbook.createSheet(t(locale, "import.report.problems"));
            List<String> headers = List.of(t(locale, "import.report.row"), t(locale, "import.report.sourceRecordId"),
                                           t(locale, "import.report.outcome"), t(locale, "import.report.column"),
                                           t(locale, "import.report.problem"));
            cells(rows.createRow(0), headers, header);
            rows.createFreezePane(0, 1);
            int[] next = {1};
            ProblemLog.read(problems, result -> next[0] = problemLines(rows, next[0], result, layout, locale, text));
            int[] widths = {8, 30, 12, 24, 80};
            for (int column = 0; column < widths.length; column++) {
                rows.setColumnWidth(column, 256 * widths[column]);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private int problemLines(Sheet sheet, int next, RowResult result, ImportLayout layout, Locale locale,
                             CellStyle text) {
        String outcome = t(locale, "import.outcome." + result.outcome().name());
        for (RowProblem problem : result.problems()) {
            String column = problem.column() == null ? ""
                    : layout.column(problem.column()).map(c -> t(locale, ImportLayouts.headerKey(c.key())))
                            .orElse(problem.column());
            cells(sheet.createRow(next++), List.of(Integer.toString(result.rowNumber()),
                                                   nullToEmpty(result.sourceRecordId()), outcome, column,
                                                   RefusalMessages.of(problem.refusal(), translations, locale)),
                  text);
        }
        return next;
    }

    private static int pair(Sheet sheet, int line, String label, String value, CellStyle text) {
        cells(sheet.createRow(line), List.of(label, nullToEmpty(value)), text);
        return line + 1;
    }

    private static void cells(Row row, List<String> values, CellStyle style) {
        for (int column = 0; column < values.size(); column++) {
            var cell = row.createCell(column);
            cell.setCellValue(values.get(column));
            cell.setCellStyle(style);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }
}
