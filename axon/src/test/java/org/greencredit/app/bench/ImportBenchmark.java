package org.greencredit.app.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.greencredit.app.intake.ImportDesk;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.intake.ImportKind;
import org.greencredit.ui.intake.ImportPreview;
import org.greencredit.ui.intake.ImportProgress;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk import end to end on the embedded default: a register of N enterprises, then a facts file of R rows over
 * them — previewed, imported, and every projection caught up — with the peak resident memory. Run with
 * {@code mvn -pl axon verify -Pbench -Dtest=ImportBenchmark [-Dbench.enterprises=10000] [-Dbench.rows=100000]}.
 */
@Tag("benchmark")
class ImportBenchmark {

    private static final List<String> PROJECTIONS = List.of("enterprise-directory", "credit-file-entries",
                                                            "audit-timeline", "evaluations", "decisions",
                                                            "repair-applications", "deadlines", "cycles");

    @TempDir
    Path dataDir;

    @Test
    void measure() throws Exception {
        int enterprises = Integer.getInteger("bench.enterprises", 10_000);
        int rows = Integer.getInteger("bench.rows", 100_000);
        List<String> report = new ArrayList<>();
        report.add("import of " + enterprises + " enterprises, then " + rows + " fact rows, embedded default");
        Path register = writeRegister(enterprises);
        Path facts = writeFacts(enterprises, rows);
        report.add(String.format("files: register %d KB, facts %d KB", Files.size(register) / 1024,
                                 Files.size(facts) / 1024));
        try (RunningApplication app = RunningApplication.start(dataDir)) {
            ImportDesk desk = app.bean(ImportDesk.class);
            report.addAll(measure(app, desk, ImportKind.ENTERPRISES, register, enterprises, "enterprises"));
            report.addAll(measure(app, desk, ImportKind.FACTS, facts, rows, "facts"));
            long start = System.nanoTime();
            ImportPreview again = preview(desk, ImportKind.FACTS, facts);
            report.add(String.format("second preview of the same facts file: %d ms, %d already recorded, %d new",
                                     millis(start), again.alreadyRecorded(), again.newRows()));
        }
        report.add("peak RSS (VmHWM): " + peakRss());
        Path out = Path.of("target", "benchmarks", "import.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private static List<String> measure(RunningApplication app, ImportDesk desk, ImportKind kind, Path file,
                                        int rows, String what) {
        List<String> lines = new ArrayList<>();
        long start = System.nanoTime();
        ImportPreview preview = preview(desk, kind, file);
        lines.add(String.format("%s preview: %d ms (%.0f rows/s), %d new, %d refused", what, millis(start),
                                rate(rows, start), preview.newRows(), preview.refused()));
        start = System.nanoTime();
        String id = desk.confirm(preview.previewId(), TestEnterprises.OFFICER);
        RunningApplication.await(() -> desk.progress(id).finished(), Duration.ofHours(2), "the import");
        ImportProgress done = desk.progress(id);
        lines.add(String.format("%s import: %d ms (%.0f rows/s), %d recorded, %d refused, %d conflicts", what,
                                millis(start), rate(rows, start), done.recorded(), done.refused(), done.conflicts()));
        PROJECTIONS.forEach(app::awaitCaughtUp);
        lines.add(String.format("%s end to end (validated, stored, projections caught up): %d ms, %.0f rows/s", what,
                                millis(start), rate(rows, start)));
        return lines;
    }

    private static ImportPreview preview(ImportDesk desk, ImportKind kind, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return desk.preview(kind, file.getFileName().toString(), in, TestEnterprises.OFFICER);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path writeRegister(int enterprises) throws Exception {
        Path file = dataDir.resolve("register.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("统一社会信用代码,企业名称,成立日期,行业代码,行业名称,街道乡镇,地址,排污许可证编号,管理类别,重点排污单位,环保联系人,联系电话\n");
            for (int n = 1; n <= enterprises; n++) {
                String code = TestCreditCodes.code(n);
                out.write(code + ",基准企业" + n + ",2015-06-18,C3670,汽车零部件及配件制造,马驹桥镇,北京市通州区示例路" + n + "号,"
                          + code + "001P,重点管理,否,王工,13800138000\n");
            }
        }
        return file;
    }

    /** Monitoring exceedances, complaints and tax records in turn, spread over every enterprise. */
    private Path writeFacts(int enterprises, int rows) throws Exception {
        Path file = dataDir.resolve("facts.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("统一社会信用代码,信息类型,信息来源,来源记录编号,发生日期,证据文号,环境要素,污染物,超标天数,最大超标倍数,投诉渠道,查证属实,状态\n");
            for (int i = 0; i < rows; i++) {
                String code = TestCreditCodes.code(1 + i % enterprises);
                String date = "2025-" + String.format("%02d", 1 + i % 12) + "-" + String.format("%02d", 1 + i % 28);
                switch (i % 3) {
                    case 0 -> out.write(code + ",在线监测超标,监测,ZX-" + i + "," + date + ",告警ZX-" + i
                                        + ",水,化学需氧量,1,0.4,,,\n");
                    case 1 -> out.write(code + ",信访投诉,信访投诉平台,12345-" + i + "," + date + ",工单12345-" + i
                                        + ",,,,,12345热线,否,\n");
                    default -> out.write(code + ",环境保护税,税务,HBS-" + i + "," + date + ",申报表HBS-" + i
                                         + ",,,,,,,已缴纳\n");
                }
            }
        }
        return file;
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                        .findFirst().map(l -> l.replace("VmHWM:", "").strip()).orElse("unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double rate(int rows, long start) {
        return rows * 1000.0 / Math.max(1, millis(start));
    }
}
