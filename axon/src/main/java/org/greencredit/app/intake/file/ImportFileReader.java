package org.greencredit.app.intake.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.intake.ImportLayout;
import org.greencredit.domain.intake.SourceRow;
import org.greencredit.ui.intake.TemplateFormat;
import org.xml.sax.SAXException;

/**
 * 导入文件读取: reads an import file (CSV or XLSX, told apart by content, not by name) row by row, streaming, so a
 * file of any length needs no more memory than one row. A file that cannot be imported at all (empty, too large,
 * of another format, a disguised ZIP bomb, undecodable, with a header that does not fit the layout, without data
 * rows) is refused whole with a {@link RuleViolation} keyed {@code import.file.*}; what is wrong with a single
 * cell goes into that row's problems.
 */
public class ImportFileReader {

    /** 50 MB: a year of a district's facts as XLSX is a few MB; far larger is a mistake or an attack. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    static final String EMPTY = "import.file.empty";
    static final String TOO_LARGE = "import.file.tooLarge";
    static final String OLD_EXCEL = "import.file.xls";
    static final String NOT_TABULAR = "import.file.notTabular";
    static final String NOT_SPREADSHEET = "import.file.notSpreadsheet";
    static final String ZIP_BOMB = "import.file.zipBomb";
    static final String ENCODING = "import.file.encoding";
    static final String UNREADABLE = "import.file.unreadable";

    /**
     * Real sheets compress 5 to 20 times; one that inflates more than 100 times over (POI's default threshold,
     * kept explicit) is a ZIP bomb.
     */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** 1 GiB of sheet XML is about two million rows of thirty columns, far beyond any allowed file. */
    private static final long MAX_ENTRY_BYTES = 1L << 30;
    /** Text POI extracts from one part; POI's default of ten million characters. */
    private static final long MAX_TEXT_CHARACTERS = 10_000_000L;
    private static final int BINARY_SNIFF_BYTES = 8 * 1024;
    private static final int COPY_BUFFER_BYTES = 64 * 1024;
    private static final long MEGABYTE = 1024 * 1024;

    private final long maxBytes;

    public ImportFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ImportFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
        guardAgainstZipBombs();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Saves an uploaded file to {@code target} for reading, refusing it as soon as it passes the limit, so an
     * oversized upload never fills the disk. Returns the number of bytes saved.
     */
    public long save(InputStream content, String fileName, Path target) {
        byte[] buffer = new byte[COPY_BUFFER_BYTES];
        long saved = 0;
        try {
            try (OutputStream out = Files.newOutputStream(target)) {
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    saved += read;
                    if (saved > maxBytes) {
                        break;
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (saved > maxBytes) {
                Files.deleteIfExists(target);
                throw new RuleViolation(TOO_LARGE, fileName, megabytes(maxBytes));
            }
            return saved;
        } catch (IOException unreadable) {
            throw new RuleViolation(UNREADABLE, fileName);
        }
    }

    /**
     * Reads every data row of the file into {@code rows}, in order, and says what the file was.
     *
     * @param fileName the name the user gave the file, for messages only
     * @throws RuleViolation {@code import.file.*} when the file as a whole cannot be imported; rows already given
     *                       to {@code rows} must then be discarded
     */
    public FileShape read(Path file, String fileName, ImportLayout layout, Consumer<SourceRow> rows) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new RuleViolation(EMPTY, fileName);
            }
            if (size > maxBytes) {
                throw new RuleViolation(TOO_LARGE, fileName, megabytes(maxBytes));
            }
            RowAssembler assembler = new RowAssembler(layout, rows);
            FileMagic magic = FileMagic.valueOf(file.toFile());
            return switch (magic) {
                case OOXML -> readXlsx(file, fileName, assembler);
                case OLE2, BIFF2, BIFF3, BIFF4 -> throw new RuleViolation(OLD_EXCEL, fileName);
                case UNKNOWN -> readCsv(file, fileName, assembler);
                default -> throw new RuleViolation(NOT_TABULAR, fileName);
            };
        } catch (IOException | UncheckedIOException unreadable) {
            throw new RuleViolation(UNREADABLE, fileName);
        }
    }

    private FileShape readXlsx(Path file, String fileName, RowAssembler assembler) throws IOException {
        try {
            XlsxRows.read(file, assembler);
        } catch (SAXException failed) {
            if (failed.getException() instanceof RuleViolation refused) {
                throw refused;
            }
            throw refusal(failed, fileName);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | XlsxRows.NotASpreadsheet
                 | POIXMLException | OpenXML4JRuntimeException | UnsupportedFileFormatException failed) {
            throw refusal(failed, fileName);
        }
        return assembler.finish(TemplateFormat.XLSX, null);
    }

    private FileShape readCsv(Path file, String fileName, RowAssembler assembler) throws IOException {
        Optional<CsvEncoding> encoding = CsvEncoding.of(file);
        if (encoding.isEmpty()) {
            throw new RuleViolation(ENCODING, fileName);
        }
        if (!encoding.get().wide() && holdsNulBytes(file)) {
            throw new RuleViolation(NOT_TABULAR, fileName);
        }
        CsvRows.read(file, encoding.get(), assembler);
        return assembler.finish(TemplateFormat.CSV, encoding.get().label());
    }

    /** POI says a ZIP bomb only in its message; anything else wrong inside the ZIP means it is no spreadsheet. */
    private static RuleViolation refusal(Throwable failed, String fileName) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
                return new RuleViolation(ZIP_BOMB, fileName);
            }
        }
        return new RuleViolation(NOT_SPREADSHEET, fileName);
    }

    /** Text never holds NUL bytes; binary formats POI does not know (archives, executables) nearly always do. */
    private static boolean holdsNulBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (byte b : in.readNBytes(BINARY_SNIFF_BYTES)) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static long megabytes(long bytes) {
        return bytes / MEGABYTE;
    }

    /**
     * POI keeps these limits JVM-wide; they are only ever tightened here, never loosened, so other users of POI in
     * this application keep whatever stricter limits they set.
     */
    private static void guardAgainstZipBombs() {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
        ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), MAX_TEXT_CHARACTERS));
    }
}
