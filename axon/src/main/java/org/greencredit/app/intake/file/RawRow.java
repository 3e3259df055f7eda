package org.greencredit.app.intake.file;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * One row as a file holds it, before its cells are tied to columns: the number the user sees, the text of each
 * non-empty cell by zero-based position, the positions of cells holding a formula, and those holding an error
 * value (such as {@code #N/A}).
 */
record RawRow(int number, SortedMap<Integer, String> cells, Set<Integer> formulas, Map<Integer, String> errors) {

    boolean isBlank() {
        return cells.values().stream().allMatch(String::isBlank) && errors.isEmpty();
    }
}
