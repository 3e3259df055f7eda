package org.greencredit.ui.export;

/**
 * Keeps exported text from being run as a spreadsheet formula (CSV or formula injection, OWASP): a cell that starts
 * with {@code = + - @}, a tab or a carriage return is what Excel, LibreOffice and Google Sheets may evaluate, and an
 * enterprise name or a decision number is typed by people. Such a cell is written as text that no program
 * evaluates: behind a single quote in CSV, with the quote-prefix flag in Excel.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    public static boolean startsLikeAFormula(String cell) {
        return cell != null && !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0;
    }

    /** The cell as CSV text: prefixed with a single quote when it could be taken for a formula. */
    public static String neutralised(String cell) {
        return startsLikeAFormula(cell) ? "'" + cell : cell;
    }
}
