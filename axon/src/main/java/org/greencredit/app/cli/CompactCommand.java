package org.greencredit.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.greencredit.app.compaction.EventStoreCompaction;
import org.greencredit.app.compaction.EventStoreCompaction.ContentChanged;
import org.greencredit.app.compaction.NotEnoughSpace;
import org.greencredit.app.compaction.ReadModelStoreCompaction;
import org.greencredit.app.compaction.SizeChange;
import org.greencredit.app.compaction.StoreInUse;
import org.greencredit.app.storage.EmbeddedEventStoreConfiguration;
import org.greencredit.app.storage.EmbeddedMongoServer;
import org.greencredit.app.storage.ReadStoreConfiguration;
import org.greencredit.ui.i18n.Translations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Unmatched;

/**
 * {@code compact [--events] [--lang zh|en] [--greencredit.data-dir=DIR]}: gives the space the embedded stores no
 * longer use back to the file system, with the application stopped — the read-model store's MVStore file always, the
 * HSQLDB event store with {@code --events}. Prints each store's size before and after. Holds the read-model store
 * from start to end, so the application cannot start on a store being compacted. Starts no Spring context. Exit
 * code 0 when compacted, 1 when a store is in use (nothing changed), 2 on bad arguments, a missing store or a
 * failure.
 */
@Command(name = "compact", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false)
public final class CompactCommand implements Callable<Integer>, CommandLines.Refusing {

    static final int COMPACTED = 0;
    static final int REFUSED = 1;
    static final int FAILED = 2;

    private static final double MEGABYTE = 1024 * 1024;

    private final PrintStream out;
    private final PrintStream err;
    private final Translations translations = new Translations();
    private final CommandLine commandLine;

    @Option(names = "--events", descriptionKey = "cli.compact.option.events")
    private boolean events;
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    private String lang;
    @Unmatched
    private List<String> properties;

    public CompactCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.commandLine = CommandLines.of(this, "cli.compact.description", "cli.option.properties", out, err);
    }

    CommandLine commandLine() {
        return commandLine;
    }

    public int run(List<String> args) {
        return CommandLines.execute(commandLine, args);
    }

    @Override
    public int refuse(ParameterException problem) {
        err.println(text("compact.usage"));
        return FAILED;
    }

    @Override
    public Integer call() {
        if (!CommandLines.allProperties(properties)) {
            err.println(text("compact.usage"));
            return FAILED;
        }
        Path dataDir = StoreReading.dataDir(CommandLines.orNone(properties));
        Instant start = Instant.now();
        try (ReadModelStoreCompaction readModels = ReadModelStoreCompaction.hold(
                EmbeddedMongoServer.file(ReadStoreConfiguration.embeddedStoreDirectory(dataDir)))) {
            if (events) {
                EventStoreCompaction.Outcome outcome = EventStoreCompaction.compact(
                        EmbeddedEventStoreConfiguration.database(dataDir));
                out.println(text("compact.events", dataDir.resolve("events"), megabytes(outcome.size().before()),
                                 megabytes(outcome.size().after()), outcome.events()));
            }
            SizeChange size = readModels.compact();
            out.println(text("compact.readModels", readModels.file(), megabytes(size.before()),
                             megabytes(size.after())));
            out.println(text("compact.done", String.format(Locale.ROOT, "%.1f",
                                                           Duration.between(start, Instant.now()).toMillis() / 1000.0)));
            return COMPACTED;
        } catch (StoreInUse held) {
            err.println(text("compact.storeHeld", held.store()));
            return REFUSED;
        } catch (NoSuchFileException missing) {
            err.println(text("compact.noStore", missing.getFile()));
            return FAILED;
        } catch (NotEnoughSpace space) {
            err.println(text("compact.noSpace", space.store(), megabytes(space.needed()), megabytes(space.free())));
            return FAILED;
        } catch (ContentChanged changed) {
            err.println(text("compact.contentChanged", changed.store(), changed.getMessage()));
            return FAILED;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println(text("compact.failed", String.valueOf(e.getMessage())));
            return FAILED;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / MEGABYTE);
    }

    private String text(String key, Object... arguments) {
        return translations.getTranslation(key, CommandLines.language(lang), arguments);
    }
}
