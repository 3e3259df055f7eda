package org.greencredit.app.intake.file;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.greencredit.domain.intake.ImportColumn;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.domain.intake.ImportLayout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How fast import files are read and whether memory stays flat in their length: files of fact rows as an XLSX
 * (shared strings, as Excel writes them) and a CSV, read at two lengths, the heap measured after a full collection
 * every 10,000 rows. Run with {@code mvn -pl axon verify -Pbench -Dtest=ImportFileReadBenchmark}
 * ({@code -Dbench.rows=N} sets the longer length).
 */
@Tag("benchmark")
class ImportFileReadBenchmark {

    private static final int COLUMNS = 14;
    private static final int SAMPLE_EVERY = 10_000;
    private static final ImportLayout LAYOUT = new ImportLayout("facts", ImportKind.FACTS, "信用信息",
            IntStream.range(0, COLUMNS).mapToObj(i -> new ImportColumn("c" + i, "列" + i, i < 4, "", "")).toList());
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @TempDir
    Path folder;

    @Test
    void measure() throws IOException {
        int rows = Integer.getInteger("bench.rows", 100_000);
        List<String> report = new ArrayList<>();
        report.add("fact rows of " + COLUMNS + " columns; heap = most used after a full GC, sampled every "
                   + SAMPLE_EVERY + " rows");
        // Class loading and JIT of the first read are not the reader's speed.
        read(xlsx(SAMPLE_EVERY), "XLSX", SAMPLE_EVERY);
        read(csv(SAMPLE_EVERY), "CSV ", SAMPLE_EVERY);
        for (int length : List.of(rows / 4, rows)) {
            report.add(read(xlsx(length), "XLSX", length));
            report.add(read(csv(length), "CSV ", length));
        }
        Path out = Path.of("target", "benchmarks", "import-file-read.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private String read(Path file, String format, int length) throws IOException {
        long[] mostUsed = {0};
        int[] seen = {0};
        long start = System.nanoTime();
        FileShape shape = new ImportFileReader().read(file, file.getFileName().toString(), LAYOUT, row -> {
            if (++seen[0] % SAMPLE_EVERY == 0) {
                System.gc();
                mostUsed[0] = Math.max(mostUsed[0], MEMORY.getHeapMemoryUsage().getUsed());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        if (shape.dataRows() != length) {
            throw new IllegalStateException(shape.dataRows() + " rows read of " + length);
        }
        return String.format("%s %,8d rows, %6.1f MB: %5.1f s (%,.0f rows/s, GC pauses included), heap %,d MB",
                             format, length, Files.size(file) / 1e6, seconds, length / seconds,
                             mostUsed[0] / (1024 * 1024));
    }

    private Path xlsx(int length) throws IOException {
        Path file = folder.resolve("facts-" + length + ".xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r <= length; r++) {
                Row row = sheet.createRow(r);
                List<String> cells = r == 0 ? LAYOUT.columns().stream().map(ImportColumn::header).toList() : cells(r);
                for (int c = 0; c < COLUMNS; c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private Path csv(int length) throws IOException {
        Path file = folder.resolve("facts-" + length + ".csv");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(LAYOUT.columns().stream().map(ImportColumn::header).toList());
            for (int r = 1; r <= length; r++) {
                printer.printRecord(cells(r));
            }
        }
        return file;
    }

    /** A fact row: a code of one of 10,000 enterprises, a unique record id, a date, a few repeated and free texts. */
    private static List<String> cells(int r) {
        return List.of(String.format("9132050%011d", r % 10_000), "行政处罚决定", "ENFORCEMENT", "吴环罚〔2025〕" + r,
                       "2025-03-" + String.format("%02d", 1 + r % 28), "文书" + r, "处罚决定书扫描件",
                       "AIR", "SERIOUS", String.valueOf(1000 * (r % 97)), "责令改正", "否", "吴环罚字" + r,
                       "未按规定运行污染防治设施，超标排放大气污染物" + r);
    }
}
