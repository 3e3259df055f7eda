package org.greencredit.app.intake.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.greencredit.domain.common.RuleViolation;

/**
 * The rows of a CSV file (Apache Commons CSV, RFC 4180 quoting), numbered by the line each starts on, the header
 * being line 1. Comma-separated; a file whose first line has tabs or semicolons but no comma is read with that
 * separator instead, as Excel writes them in some locales.
 */
final class CsvRows {

    static final String MALFORMED = "import.file.csvMalformed";
    private static final int FIRST_LINE_LOOKAHEAD = 64 * 1024;

    private CsvRows() {
    }

    static void read(Path file, CsvEncoding encoding, RowAssembler assembler) throws IOException {
        try (Reader reader = new BufferedReader(new InputStreamReader(encoding.open(file), encoding.charset()))) {
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(reader))
                                                .setIgnoreEmptyLines(false).get();
            try (CSVParser parser = format.parse(reader)) {
                long linesBefore = 0;
                Iterator<CSVRecord> records = parser.iterator();
                while (hasNext(records, linesBefore + 1)) {
                    CSVRecord record = records.next();
                    assembler.accept(raw((int) linesBefore + 1, record));
                    linesBefore = parser.getCurrentLineNumber();
                }
            }
        }
    }

    /** Commons CSV reads the next record ahead and reports a quote never closed as an unchecked exception. */
    private static boolean hasNext(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException malformed) {
            throw new RuleViolation(MALFORMED, line);
        }
    }

    private static RawRow raw(int number, CSVRecord record) {
        TreeMap<Integer, String> cells = new TreeMap<>();
        for (int position = 0; position < record.size(); position++) {
            cells.put(position, record.get(position));
        }
        return new RawRow(number, cells, Set.of(), Map.of());
    }

    private static char delimiter(Reader reader) throws IOException {
        reader.mark(FIRST_LINE_LOOKAHEAD);
        StringBuilder line = new StringBuilder();
        int c;
        while (line.length() < FIRST_LINE_LOOKAHEAD - 1 && (c = reader.read()) >= 0 && c != '\n' && c != '\r') {
            line.append((char) c);
        }
        reader.reset();
        if (line.indexOf(",") < 0 && line.indexOf("\t") >= 0) {
            return '\t';
        }
        if (line.indexOf(",") < 0 && line.indexOf(";") >= 0) {
            return ';';
        }
        return ',';
    }
}
