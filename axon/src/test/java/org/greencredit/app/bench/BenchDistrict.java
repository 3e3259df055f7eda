package org.greencredit.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.greencredit.app.generator.DistrictGenerator;
import org.greencredit.app.generator.GenerationSummary;
import org.greencredit.app.generator.GeneratorSettings;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.support.RunningApplication;

/** What the district benchmarks share: the generated district they run on, and where their report goes. */
final class BenchDistrict {

    private BenchDistrict() {
    }

    /**
     * The application on a district generated into {@code dataDir}: {@code enterprises} enterprises, two years of
     * facts and both annual cycles, seed 42; the generation's figures are added to the report.
     */
    static RunningApplication generated(Path dataDir, int enterprises, List<String> report) {
        RunningApplication app = RunningApplication.startSimulated(dataDir, LocalDate.of(2024, 1, 2),
                                                                   "greencredit.reference-data.publish-shipped=false",
                                                                   "greencredit.deadlines.sweep-interval=PT1H");
        app.bean(ShippedReferenceData.class).publishIfAbsent();
        GenerationSummary generated = app.bean(DistrictGenerator.class).generate(
                new GeneratorSettings(enterprises, 2, 42L, 2025), step -> { });
        report.add(String.format(Locale.ROOT, "generated %d enterprises, 2 years, seed 42: %d commands in %.0f s",
                                 enterprises, generated.commands(), generated.took().toMillis() / 1000.0));
        return app;
    }

    /** Writes the report to {@code target/benchmarks/<fileName>} and prints it. */
    static void write(String fileName, List<String> report) throws IOException {
        Path out = Path.of("target", "benchmarks", fileName);
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }
}
