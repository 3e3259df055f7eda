package org.greencredit.app.intake.file;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.ImportColumn;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.domain.intake.RowProblem;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.ui.intake.TemplateFormat;

/**
 * Turns the rows of a file, whatever its format, into source rows: the first non-blank row is the header, the
 * template's key row right after it and its worked example row are passed over (so an untouched template imports
 * nothing), blank rows are skipped, and cells are tied to the columns of the header.
 */
final class RowAssembler {

    static final String NO_HEADER = "import.file.noHeader";
    static final String NO_DATA_ROWS = "import.file.noDataRows";
    static final String ONLY_EXAMPLE = "import.file.onlyExample";
    static final String FORMULA = "import.cell.formula";
    static final String ERROR_VALUE = "import.cell.error";
    static final String NO_HEADER_ABOVE = "import.cell.noHeader";

    private final ImportLayout layout;
    private final Consumer<SourceRow> rows;
    private ImportHeader header;
    private int rowsAfterHeader;
    private boolean exampleRowSkipped;
    private int dataRows;

    RowAssembler(ImportLayout layout, Consumer<SourceRow> rows) {
        this.layout = layout;
        this.rows = rows;
    }

    void accept(RawRow row) {
        if (row.isBlank()) {
            return;
        }
        if (header == null) {
            header = ImportHeader.of(layout, row);
            return;
        }
        rowsAfterHeader++;
        if (rowsAfterHeader == 1 && header.isKeyRow(row)) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        Optional<Integer> beyondHeader = Optional.empty();
        for (Map.Entry<Integer, String> cell : row.cells().entrySet()) {
            String text = cell.getValue().strip();
            Optional<ImportColumn> column = header.at(cell.getKey());
            if (column.isPresent() && !text.isEmpty()) {
                values.put(column.get().key(), text);
            } else if (column.isEmpty() && !text.isEmpty() && beyondHeader.isEmpty()) {
                beyondHeader = Optional.of(cell.getKey());
            }
        }
        row.errors().forEach((position, error) -> header.at(position).ifPresent(column -> problems.add(
                new RowProblem(column.key(), new Refusal(ERROR_VALUE, List.of(column.header(), error))))));
        row.formulas().forEach(position -> header.at(position).ifPresent(column -> problems.add(
                new RowProblem(column.key(), new Refusal(FORMULA, List.of(column.header()))))));
        beyondHeader.ifPresent(position -> problems.add(
                new RowProblem(null, new Refusal(NO_HEADER_ABOVE, List.of(String.valueOf(position + 1))))));
        if (!exampleRowSkipped && isFirstDataRow() && problems.isEmpty()
            && values.equals(header.example())) {
            exampleRowSkipped = true;
            return;
        }
        dataRows++;
        rows.accept(new SourceRow(row.number(), values, problems));
    }

    /** Ends the file: refuses it when it had no header or no data row, else says what it was. */
    FileShape finish(TemplateFormat format, String encoding) {
        if (header == null) {
            throw new RuleViolation(NO_HEADER);
        }
        if (dataRows == 0) {
            throw new RuleViolation(exampleRowSkipped ? ONLY_EXAMPLE : NO_DATA_ROWS);
        }
        return new FileShape(format, encoding, dataRows, exampleRowSkipped, header.keys());
    }

    private boolean isFirstDataRow() {
        return dataRows == 0;
    }
}
