package org.greencredit.app.intake.file;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greencredit.domain.intake.ImportColumn;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.ui.i18n.Translations;
import org.greencredit.ui.intake.TemplateFormat;

/**
 * 导入模板: the file a user fills in. Row 1 the Chinese headers, row 2 the English keys (also accepted as headers,
 * and what the machine interface calls the attributes), row 3 the worked example; the reader passes over rows 2
 * and 3, so an untouched template imports nothing. The XLSX has every cell formatted as text, so Excel leaves
 * credit codes and record numbers as typed, and a second sheet describing each column. The template is in Chinese,
 * the language of the headers.
 */
public class ImportTemplates {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String TEXT_FORMAT = "@";
    /** Excel measures column widths in 1/256 of a character; Chinese characters take two. */
    private static final int WIDTH_UNIT = 256;
    private static final int MIN_CHARACTERS = 8;
    private static final int MAX_CHARACTERS = 60;

    private final Translations translations;

    public ImportTemplates(Translations translations) {
        this.translations = translations;
    }

    public void write(ImportLayout layout, TemplateFormat format, OutputStream out) {
        try {
            switch (format) {
                case XLSX -> writeXlsx(layout, out);
                case CSV -> writeCsv(layout, out);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void writeXlsx(ImportLayout layout, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            short text = workbook.createDataFormat().getFormat(TEXT_FORMAT);
            CellStyle plain = workbook.createCellStyle();
            plain.setDataFormat(text);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(plain);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle key = workbook.createCellStyle();
            key.cloneStyleFrom(plain);
            Font grey = workbook.createFont();
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            key.setFont(grey);

            Sheet data = workbook.createSheet(text("import.template.sheet.data"));
            List<ImportColumn> columns = layout.columns();
            Row headers = data.createRow(0);
            Row keys = data.createRow(1);
            Row example = data.createRow(2);
            for (int i = 0; i < columns.size(); i++) {
                ImportColumn column = columns.get(i);
                data.setDefaultColumnStyle(i, plain);
                put(headers, i, column.header(), header);
                put(keys, i, column.key(), key);
                put(example, i, orEmpty(column.example()), plain);
                data.setColumnWidth(i, width(column.header(), column.key(), column.example()));
            }
            data.createFreezePane(0, 2);

            Sheet notes = workbook.createSheet(text("import.template.sheet.notes"));
            List<List<String>> lines = new ArrayList<>();
            lines.add(List.of(text("import.template.notes.header"), text("import.template.notes.key"),
                              text("import.template.notes.required"), text("import.template.notes.description"),
                              text("import.template.notes.example")));
            for (ImportColumn column : columns) {
                lines.add(List.of(column.header(), column.key(),
                                  text(column.required() ? "import.template.yes" : "import.template.no"),
                                  orEmpty(column.description()), orEmpty(column.example())));
            }
            for (int i = 0; i < lines.size(); i++) {
                Row row = notes.createRow(i);
                for (int j = 0; j < lines.get(i).size(); j++) {
                    put(row, j, lines.get(i).get(j), i == 0 ? header : plain);
                }
            }
            for (int j = 0; j < lines.get(0).size(); j++) {
                int position = j;
                notes.setColumnWidth(j, width(lines.stream().map(line -> line.get(position)).toArray(String[]::new)));
            }
            notes.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    private void writeCsv(ImportLayout layout, OutputStream out) throws IOException {
        // The byte order mark is what makes Excel open a UTF-8 CSV as UTF-8 rather than the system's code page.
        out.write(UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(layout.columns().stream().map(ImportColumn::header).toList());
        printer.printRecord(layout.columns().stream().map(ImportColumn::key).toList());
        printer.printRecord(layout.columns().stream().map(c -> orEmpty(c.example())).toList());
        printer.flush();
    }

    private String text(String key) {
        return translations.getTranslation(key, Translations.CHINESE);
    }

    private static void put(Row row, int position, String value, CellStyle style) {
        var cell = row.createCell(position);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    private static int width(String... texts) {
        int widest = MIN_CHARACTERS;
        for (String text : texts) {
            if (text != null) {
                widest = Math.max(widest, text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum() + 2);
            }
        }
        return Math.min(widest, MAX_CHARACTERS) * WIDTH_UNIT;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
