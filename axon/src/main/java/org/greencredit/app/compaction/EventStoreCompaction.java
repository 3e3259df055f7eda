package org.greencredit.app.compaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.hsqldb.persist.LockFile;

/**
 * Compacts the embedded HSQLDB event store offline with {@code SHUTDOWN COMPACT}: HSQLDB rewrites its data file
 * without the free space, into a new file that replaces the old one only once complete (its own crash-safe
 * procedure). Every table is read before and after, and the compaction fails loudly unless they read the same,
 * row for row ({@link EventStoreContent}).
 *
 * <p>HSQLDB keeps a lock file beside the database and refreshes it while the database is open; a fresh one means
 * another process — or this one — holds the store, and nothing is done. Inside one JVM HSQLDB would otherwise
 * hand this connection the database the application has open.
 */
public final class EventStoreCompaction {

    private static final String LOCK_REFUSED = "Database lock acquisition failure";

    private EventStoreCompaction() {
    }

    /** What compacting the event store did: its size, and the events it holds before and after alike. */
    public record Outcome(SizeChange size, long events) {
    }

    /**
     * @param database the path the database's files are named after ({@code …/events/events})
     */
    public static Outcome compact(Path database) throws StoreInUse, NotEnoughSpace, SQLException, IOException,
                                                       ContentChanged {
        if (!Files.isRegularFile(Path.of(database + ".properties"))) {
            throw new NoSuchFileException(database.toString());
        }
        if (LockFile.isLocked(database + ".lck")) {
            throw new StoreInUse(database.getParent(), null);
        }
        long before = size(database.getParent());
        long free = Files.getFileStore(database.getParent()).getUsableSpace();
        if (free < before) {
            throw new NotEnoughSpace(database.getParent(), before, free);
        }
        EventStoreContent content;
        try (Connection connection = open(database); Statement statement = connection.createStatement()) {
            content = EventStoreContent.read(connection);
            statement.execute("SHUTDOWN COMPACT");
        }
        EventStoreContent compacted;
        try (Connection connection = open(database); Statement statement = connection.createStatement()) {
            compacted = EventStoreContent.read(connection);
            statement.execute("SHUTDOWN");
        }
        if (!compacted.equals(content)) {
            throw new ContentChanged(database.getParent(), content, compacted);
        }
        return new Outcome(new SizeChange(before, size(database.getParent())), content.events());
    }

    private static Connection open(Path database) throws SQLException, StoreInUse {
        try {
            return DriverManager.getConnection("jdbc:hsqldb:file:" + database + ";ifexists=true"
                                               + ";hsqldb.lock_file=true;shutdown=true", "SA", "");
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains(LOCK_REFUSED)) {
                throw new StoreInUse(database.getParent(), e);
            }
            throw e;
        }
    }

    private static long size(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event store reads differently after compaction: it must not be used before someone has looked. */
    public static final class ContentChanged extends Exception {

        private final transient Path store;

        ContentChanged(Path store, EventStoreContent before, EventStoreContent after) {
            super(store + " before compaction: " + before + "; after: " + after);
            this.store = store;
        }

        public Path store() {
            return store;
        }
    }
}
