package org.greencredit.app.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The rows of the first sheet of an XLSX file, streamed with POI's event API (the sheet's XML parsed with SAX,
 * never built into a workbook), numbered as the spreadsheet numbers them. Numbers read as plain decimals, dates
 * as ISO dates, and a formula gives its last calculated value but is marked so the row can be refused.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    /**
     * @throws NotASpreadsheet when the file is a ZIP but holds no workbook with a sheet
     */
    static void read(Path file, RowAssembler assembler)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        OPCPackage spreadsheet = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            XSSFReader reader = new XSSFReader(spreadsheet);
            StylesTable styles = reader.getStylesTable();
            // Phonetic guides (拼音指南) are annotations, not part of the text typed in the cell.
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(spreadsheet, false);
            boolean date1904 = usesDate1904(reader);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new NotASpreadsheet();
            }
            try (InputStream sheet = sheets.next()) {
                RowCollector rows = new RowCollector(assembler);
                CellKindHandler handler = new CellKindHandler(styles, strings, rows, date1904);
                rows.kinds = handler;
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
        } finally {
            spreadsheet.revert();
        }
    }

    /** Workbooks made by old Excel for Mac count dates from 1904, and say so in the workbook part. */
    private static boolean usesDate1904(XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        boolean[] date1904 = {false};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equals(value);
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            parser.parse(new InputSource(workbook));
        }
        return date1904[0];
    }

    /** A ZIP file that is no spreadsheet (a Word document, an archive of other files). */
    static final class NotASpreadsheet extends RuntimeException {
        NotASpreadsheet() {
            super("no sheet in the workbook");
        }
    }

    /**
     * POI's sheet handler, told besides which cells hold a formula or an error value: POI passes on the formula's
     * cached result without saying it was one, and says nothing at all of a formula saved without a result (as
     * workbooks written by programs often are) — that cell is passed on without a value, so it is still refused.
     */
    private static final class CellKindHandler extends XSSFSheetXMLHandler {

        private final SheetContentsHandler rows;
        private boolean formula;
        private boolean error;
        private boolean valued;
        private String reference;

        CellKindHandler(StylesTable styles, ReadOnlySharedStringsTable strings, SheetContentsHandler rows,
                        boolean date1904) {
            super(styles, strings, rows, new PlainNumbers(date1904), false);
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("c".equals(localName)) {
                formula = false;
                valued = false;
                reference = attributes.getValue("r");
                error = "e".equals(attributes.getValue("t"));
            } else if ("f".equals(localName)) {
                formula = true;
            } else if ("v".equals(localName) || "is".equals(localName)) {
                valued = true;
            }
            super.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            if ("c".equals(localName) && formula && !valued) {
                rows.cell(reference, null, null);
            }
        }
    }

    /**
     * Numbers as plain decimals without exponent or trailing zeros (a code typed as a number must not read
     * 9.1E+17), at most the 15 significant digits Excel keeps; numbers in a date format as ISO dates.
     */
    private static final class PlainNumbers extends DataFormatter {

        private static final MathContext EXCEL_PRECISION = new MathContext(15);

        private final boolean date1904;

        PlainNumbers(boolean date1904) {
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
        }
    }

    private static final class RowCollector implements SheetContentsHandler {

        private static final String ERROR_PREFIX = "ERROR:";

        private final RowAssembler assembler;
        private CellKindHandler kinds;
        private TreeMap<Integer, String> cells;
        private Set<Integer> formulas;
        private Map<Integer, String> errors;
        private int nextPosition;

        RowCollector(RowAssembler assembler) {
            this.assembler = assembler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new TreeMap<>();
            formulas = new TreeSet<>();
            errors = new TreeMap<>();
            nextPosition = 0;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int position = cellReference == null ? nextPosition : new CellReference(cellReference).getCol();
            nextPosition = position + 1;
            if (kinds.formula) {
                formulas.add(position);
            }
            if (formattedValue == null) {
                return;
            }
            if (kinds.error) {
                errors.put(position, formattedValue.startsWith(ERROR_PREFIX)
                        ? formattedValue.substring(ERROR_PREFIX.length()) : formattedValue);
            } else {
                cells.put(position, formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            assembler.accept(new RawRow(rowNum + 1, cells, formulas, errors));
        }
    }
}
