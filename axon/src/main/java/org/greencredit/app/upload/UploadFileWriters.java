package org.greencredit.app.upload;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greencredit.ui.export.FormulaGuard;

/**
 * Writes the rows of an upload as XLSX, CSV and JSON, byte for byte the same for the same rows: nothing in the
 * files names the moment or the upload (that is the manifest's), the workbook's creation date is the cycle's
 * publication day and its ZIP entries carry a fixed time. CSV and Excel cells that a spreadsheet could take for a
 * formula are neutralised as the supervision exports do ({@link FormulaGuard}); JSON carries the values as they are.
 */
final class UploadFileWriters {

    static final String SCHEMA = "green-credit/credit-platform-upload/1";
    static final String SHEET = "信用评价结果";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final int MAX_COLUMN_CHARS = 60;

    private UploadFileWriters() {
    }

    /** RFC 4180 (comma, CRLF, quoted only when needed), UTF-8 with a byte order mark so that Excel reads Chinese. */
    static byte[] csv(List<UploadRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            writer.write(BYTE_ORDER_MARK);
            printer.printRecord(UploadColumns.headers());
            for (UploadRow row : rows) {
                List<String> cells = new ArrayList<>(UploadColumns.ALL.size());
                UploadColumns.ALL.forEach(column -> cells.add(FormulaGuard.neutralised(column.text(row))));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] json(String cycleId, String kind, List<UploadRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("schema", SCHEMA);
            json.writeStringField("cycleId", cycleId);
            json.writeStringField("kind", kind);
            json.writeNumberField("rowCount", rows.size());
            json.writeArrayFieldStart("records");
            for (UploadRow row : rows) {
                json.writeStartObject();
                for (UploadColumns.Column column : UploadColumns.ALL) {
                    Object value = column.value().apply(row);
                    if (value == null) {
                        json.writeNullField(column.key());
                    } else if (column.type() == UploadColumns.Type.INTEGER) {
                        json.writeNumberField(column.key(), (Integer) value);
                    } else {
                        json.writeStringField(column.key(), value.toString());
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /** The rows of a JSON file this class wrote, as they were. */
    static List<UploadRow> readJson(byte[] content) {
        try {
            JsonNode records = new ObjectMapper().readTree(content).path("records");
            List<UploadRow> rows = new ArrayList<>();
            for (JsonNode record : records) {
                rows.add(new UploadRow(ChangeType.ofLabel(record.path("changeType").asText()), new ResultRow(
                        record.path("recordId").asText(), record.path("subjectName").asText(),
                        record.path("creditCode").asText(), record.path("grade").asText(),
                        record.path("gradeMeaning").asText(), record.path("evaluationYear").asInt(),
                        date(record, "periodFrom"), date(record, "periodTo"), record.path("decisionKind").asText(),
                        date(record, "decidedOn"), date(record, "validFrom"), date(record, "validTo"),
                        record.path("decisionId").asText(), record.path("indicatorVersion").asText(),
                        record.path("authority").asText(), record.path("dataSource").asText(),
                        record.path("cycleId").asText())));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(JsonNode record, String key) {
        JsonNode value = record.get(key);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }

    /**
     * One sheet: a bold, frozen header row and every cell as text (credit codes and dates keep their form). A cell
     * that starts like a formula carries Excel's quote prefix, its value unchanged.
     */
    static byte[] xlsx(List<UploadRow> rows, LocalDate created) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().getUnderlyingProperties()
                    .setCreatedProperty(Optional.of(Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC))));
            Sheet sheet = workbook.createSheet(SHEET);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle literal = workbook.createCellStyle();
            literal.setQuotePrefixed(true);
            int[] widths = new int[UploadColumns.ALL.size()];
            write(sheet.createRow(0), UploadColumns.headers(), header, literal, widths);
            for (int i = 0; i < rows.size(); i++) {
                UploadRow row = rows.get(i);
                write(sheet.createRow(i + 1), UploadColumns.ALL.stream().map(column -> column.text(row)).toList(),
                      null, literal, widths);
            }
            sheet.createFreezePane(0, 1);
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, 256 * (Math.min(widths[column], MAX_COLUMN_CHARS) + 2));
            }
            workbook.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withFixedEntryTimes(bytes.toByteArray(), created);
    }

    private static void write(Row row, List<String> cells, CellStyle style, CellStyle literal, int[] widths) {
        for (int column = 0; column < cells.size(); column++) {
            var cell = row.createCell(column);
            String text = cells.get(column);
            cell.setCellValue(text);
            if (FormulaGuard.startsLikeAFormula(text)) {
                cell.setCellStyle(literal);
            } else if (style != null) {
                cell.setCellStyle(style);
            }
            widths[column] = Math.max(widths[column], text.codePoints().map(point -> point > 0x2E80 ? 2 : 1).sum());
        }
    }

    /** POI stamps each ZIP entry with the time of writing; the same workbook then differs from second to second. */
    private static byte[] withFixedEntryTimes(byte[] zip, LocalDate day) {
        long time = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(time);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
