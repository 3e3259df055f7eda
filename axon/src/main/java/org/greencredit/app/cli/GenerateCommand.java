package org.greencredit.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.compaction.NotEnoughSpace;
import org.greencredit.app.compaction.ReadModelStoreCompaction;
import org.greencredit.app.compaction.SizeChange;
import org.greencredit.app.compaction.StoreInUse;
import org.greencredit.app.generator.DistrictGenerator;
import org.greencredit.app.generator.GenerationSummary;
import org.greencredit.app.generator.GeneratorSettings;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.storage.EmbeddedMongoServer;
import org.greencredit.app.storage.ReadStoreConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Unmatched;

/**
 * {@code generate --enterprises N --years Y --seed S [--last-fact-year L] [--property=value ...]}: builds a
 * synthetic district of N enterprises with Y years of facts ending with L (default: last year, whose cycle runs
 * this year) and runs the cycles the working-day calendar allows, through the same command path as the
 * application, on a simulated clock, printing its progress. The same seed gives the same district. Writes into the embedded store of
 * {@code --greencredit.data-dir} (default {@code ./data}), which must be empty. Exit code 0 when done, 2 on bad
 * input.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false)
public final class GenerateCommand implements Callable<Integer>, CommandLines.Refusing {

    private final PrintStream out;
    private final PrintStream err;
    private final CommandLine commandLine;

    @Option(names = "--enterprises", paramLabel = "N", descriptionKey = "cli.generate.option.enterprises")
    private Integer enterprises;
    @Option(names = "--years", paramLabel = "Y", descriptionKey = "cli.generate.option.years")
    private Integer years;
    @Option(names = "--seed", paramLabel = "S", descriptionKey = "cli.generate.option.seed")
    private Long seed;
    @Option(names = "--last-fact-year", paramLabel = "L", descriptionKey = "cli.generate.option.lastFactYear")
    private Integer lastFactYear;
    @Unmatched
    private List<String> given;

    public GenerateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.commandLine = CommandLines.of(this, "cli.generate.description", "cli.option.properties", out, err);
    }

    CommandLine commandLine() {
        return commandLine;
    }

    public int run(List<String> args) {
        return CommandLines.execute(commandLine, args);
    }

    @Override
    public int refuse(ParameterException problem) {
        return usage();
    }

    @Override
    public Integer call() {
        if (!CommandLines.allProperties(given) || enterprises == null || years == null || seed == null
            || enterprises < 1 || years < 1) {
            return usage();
        }
        int lastFactYear = this.lastFactYear == null ? LocalDate.now().getYear() - 1 : this.lastFactYear;
        List<String> properties = new ArrayList<>(CommandLines.orNone(given));
        String dataDir = GreenCreditProperties.DEFAULT_DATA_DIR;
        for (String property : properties) {
            if (property.startsWith("--greencredit.data-dir=")) {
                dataDir = property.substring(property.indexOf('=') + 1);
            }
        }
        Path events = Path.of(dataDir, "events");
        if (hasFiles(events)) {
            err.println("generate: " + events.toAbsolutePath() + " already holds an event store; give an empty "
                        + "--greencredit.data-dir");
            return 2;
        }
        int firstYear = lastFactYear - years + 1;
        properties.addAll(List.of("--greencredit.clock.mode=simulated",
                                  "--greencredit.clock.simulated-start=" + LocalDate.of(firstYear, 1, 1),
                                  "--spring.main.web-application-type=none", "--logging.level.root=WARN",
                                  "--greencredit.demo.enabled=false",
                                  "--greencredit.reference-data.publish-shipped=false"));
        GeneratorSettings settings = new GeneratorSettings(enterprises, years, seed, lastFactYear);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StoreOnlyApplication.class)
                .web(WebApplicationType.NONE).run(properties.toArray(String[]::new))) {
            context.getBean(ShippedReferenceData.class).publishIfAbsent();
            GenerationSummary summary = context.getBean(DistrictGenerator.class)
                                               .generate(settings, step -> out.println("  " + step));
            out.printf("generated %d enterprises, %d commands, cycles %s%s in %.1f s%n", summary.enterprises(),
                       summary.commands(), summary.cycles(),
                       summary.yearsWithoutCycle().isEmpty() ? ""
                               : " (no cycle for " + summary.yearsWithoutCycle() + ": calendar year unknown)",
                       summary.took().toMillis() / 1000.0);
        }
        compactReadModels(Path.of(dataDir));
        out.printf("store size: events %.1f MB, read models %.1f MB%n", megabytes(events),
                   megabytes(Path.of(dataDir, "readmodels")));
        return 0;
    }

    /**
     * A generation rewrites each read model many times and the store frees no half-empty space while it runs
     * (EmbeddedMongoServer#open): at 10,000 enterprises 5.9 GB of file held 177 MB of documents. So the fresh
     * store is compacted before anyone starts on it; a generation whose compaction fails is still a generation.
     */
    private void compactReadModels(Path dataDir) {
        Path file = EmbeddedMongoServer.file(ReadStoreConfiguration.embeddedStoreDirectory(dataDir));
        if (!Files.exists(file)) {
            return;
        }
        long started = System.nanoTime();
        try (ReadModelStoreCompaction readModels = ReadModelStoreCompaction.hold(file)) {
            SizeChange size = readModels.compact();
            out.printf("read models compacted from %.1f MB to %.1f MB in %.1f s%n", size.before() / 1_048_576.0,
                       size.after() / 1_048_576.0, (System.nanoTime() - started) / 1e9);
        } catch (NotEnoughSpace | StoreInUse | IOException | RuntimeException e) {
            err.println("generate: the read-model store was not compacted (" + e
                        + "); run the compact command with the application stopped");
        }
    }

    private int usage() {
        err.println("usage: generate --enterprises N --years Y --seed S [--last-fact-year L] "
                    + "[--greencredit.data-dir=DIR] [--property=value ...]");
        return 2;
    }

    private static boolean hasFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double megabytes(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / 1_048_576.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
