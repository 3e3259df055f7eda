package org.greencredit.app.intake.file;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.ImportColumn;
import org.greencredit.domain.intake.ImportLayout;

/**
 * The header row of an import file tied to a layout: which column each position holds. A header cell names a
 * column by its Chinese header, its key, or both ("表头(key)", "表头 key"), whatever the width of the characters,
 * the blanks in between, the case of the key, or a "*" marking it required.
 */
final class ImportHeader {

    static final String EMPTY_CELL = "import.file.header.empty";
    static final String UNKNOWN = "import.file.header.unknown";
    static final String DUPLICATE = "import.file.header.duplicate";
    static final String MISSING = "import.file.header.missing";
    private static final String LIST_SEPARATOR = "、";

    private final Map<Integer, ImportColumn> byPosition;

    private ImportHeader(Map<Integer, ImportColumn> byPosition) {
        this.byPosition = byPosition;
    }

    /** Reads the header row, refusing the file when a header cell is empty, unknown or repeated, or one is missing. */
    static ImportHeader of(ImportLayout layout, RawRow row) {
        int width = row.cells().entrySet().stream().filter(cell -> !cell.getValue().isBlank())
                       .mapToInt(Map.Entry::getKey).max().orElse(-1) + 1;
        Map<Integer, ImportColumn> byPosition = new TreeMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicate = new LinkedHashSet<>();
        for (int position = 0; position < width; position++) {
            String text = row.cells().getOrDefault(position, "");
            if (text.isBlank()) {
                throw new RuleViolation(EMPTY_CELL, position + 1);
            }
            Optional<ImportColumn> column = matching(layout, text);
            if (column.isEmpty()) {
                unknown.add(text.strip());
            } else if (byPosition.containsValue(column.get())) {
                duplicate.add(column.get().header());
            } else {
                byPosition.put(position, column.get());
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolation(UNKNOWN, String.join(LIST_SEPARATOR, unknown));
        }
        if (!duplicate.isEmpty()) {
            throw new RuleViolation(DUPLICATE, String.join(LIST_SEPARATOR, duplicate));
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : layout.columns()) {
            if (column.required() && !byPosition.containsValue(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation(MISSING, String.join(LIST_SEPARATOR, missing));
        }
        return new ImportHeader(byPosition);
    }

    Optional<ImportColumn> at(int position) {
        return Optional.ofNullable(byPosition.get(position));
    }

    List<String> keys() {
        return byPosition.values().stream().map(ImportColumn::key).toList();
    }

    /** The template's second row: every non-empty cell is the key of its column. */
    boolean isKeyRow(RawRow row) {
        return row.cells().entrySet().stream().filter(cell -> !cell.getValue().isBlank()).allMatch(
                cell -> at(cell.getKey()).map(column -> normalized(cell.getValue()).equals(lower(column.key())))
                                         .orElse(false));
    }

    /** The worked example's value of every column the file has and the layout gives an example for. */
    Map<String, String> example() {
        Map<String, String> example = new TreeMap<>();
        for (ImportColumn column : byPosition.values()) {
            if (column.example() != null && !column.example().isBlank()) {
                example.put(column.key(), column.example().strip());
            }
        }
        return example;
    }

    private static Optional<ImportColumn> matching(ImportLayout layout, String text) {
        String cell = normalized(text);
        while (cell.startsWith("*")) {
            cell = cell.substring(1);
        }
        while (cell.endsWith("*")) {
            cell = cell.substring(0, cell.length() - 1);
        }
        for (ImportColumn column : layout.columns()) {
            String header = normalized(column.header());
            String key = lower(column.key());
            if (cell.equals(header) || cell.equals(key) || cell.equals(header + "(" + key + ")")
                || cell.equals(header + key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String normalized(String text) {
        return lower(CellValues.compact(text));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
