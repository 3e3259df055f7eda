package org.greencredit.app.api.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.SourceRow;

/**
 * The records of a batch as the rows an import file would have given: row number = position in the batch (from 1),
 * each fixed field and each attribute under its column key, as text. Numbers are written plainly ({@code 50000},
 * {@code 1.5}), flags as {@code TRUE}/{@code FALSE}, an array's elements joined with {@value #LIST_SEPARATOR}; an
 * empty array or {@code null} is an empty cell. What cannot be a cell — a nested object, an array inside an array,
 * an attribute named like a fixed field — is a problem of the row, which the import then refuses.
 */
final class IntakeRows {

    static final String LIST_SEPARATOR = ",";
    static final List<String> FIXED_COLUMNS = List.of("creditCode", "enterpriseName", "type", "source",
                                                      "sourceRecordId", "occurredOn", "documentNo",
                                                      "evidenceDescription");

    private IntakeRows() {
    }

    static List<SourceRow> of(List<IntakeRecord> records) {
        List<SourceRow> rows = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            rows.add(row(index + 1, records.get(index)));
        }
        return rows;
    }

    private static SourceRow row(int rowNumber, IntakeRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "creditCode", record.creditCode());
        put(values, "enterpriseName", record.enterpriseName());
        put(values, "type", record.type());
        put(values, "source", record.source());
        put(values, "sourceRecordId", record.sourceRecordId());
        put(values, "occurredOn", record.occurredOn());
        put(values, "documentNo", record.documentNo());
        put(values, "evidenceDescription", record.evidenceDescription());
        List<RowProblem> problems = new ArrayList<>();
        if (record.attributes() != null) {
            record.attributes().forEach((key, value) -> {
                if (FIXED_COLUMNS.contains(key)) {
                    problems.add(problem(key, "intake.attribute.reserved"));
                } else if (!cell(value)) {
                    problems.add(problem(key, "intake.attribute.nested"));
                } else {
                    put(values, key, text(value));
                }
            });
        }
        return new SourceRow(rowNumber, values, problems);
    }

    /** Whether the value fits in one cell: a scalar, or an array of scalars. */
    private static boolean cell(JsonNode value) {
        if (value == null || value.isNull() || value.isValueNode()) {
            return true;
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isValueNode() || element.isNull()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            if (value.isEmpty()) {
                return null;
            }
            StringJoiner joined = new StringJoiner(LIST_SEPARATOR);
            value.forEach(element -> joined.add(scalar(element)));
            return joined.toString();
        }
        return scalar(value);
    }

    private static String scalar(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "TRUE" : "FALSE";
        }
        return value.asText();
    }

    private static void put(Map<String, String> values, String column, String value) {
        if (value != null) {
            values.put(column, value);
        }
    }

    private static RowProblem problem(String column, String key) {
        return new RowProblem(column, new Refusal(key, List.of(column)));
    }
}
