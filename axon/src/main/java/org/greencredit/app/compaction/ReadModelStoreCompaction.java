package org.greencredit.app.compaction;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.greencredit.app.storage.ReadModelMaps;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Compacts the embedded read-model store's MVStore file offline. MVStore keeps superseded pages and never gives
 * space back to the file system while the application runs; copying the live entries into a new file does.
 *
 * <p>{@link #hold} opens the store read-only, which takes a shared lock on the file: while the application (or
 * anything else) has it open for writing, opening fails and the compaction is refused; once held, the application
 * cannot open it until {@link #close}. The live entries go into {@value #COMPACTING} beside it, which is flushed to
 * disk and checked (every map there, with as many entries) before it atomically replaces the store — still under
 * the lock, so nobody opens the old file in between. An interruption at any point leaves the store as it was.
 */
public final class ReadModelStoreCompaction implements AutoCloseable {

    static final String COMPACTING = "readmodels.mv.compacting";

    private final Path file;
    private final MVStore source;

    private ReadModelStoreCompaction(Path file, MVStore source) {
        this.file = file;
        this.source = source;
    }

    /** Opens the store {@code file} for compaction, keeping everyone else from writing it until closed. */
    public static ReadModelStoreCompaction hold(Path file) throws StoreInUse, NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        try {
            return new ReadModelStoreCompaction(file, new MVStore.Builder().fileName(file.toString()).readOnly().open());
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new StoreInUse(file, e);
            }
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Writes the live entries into a new file and puts it in the store's place. */
    public SizeChange compact() throws IOException, NotEnoughSpace {
        long before = Files.size(file);
        long free = Files.getFileStore(file.getParent()).getUsableSpace();
        if (free < before) {
            throw new NotEnoughSpace(file, before, free);
        }
        Path compacted = file.resolveSibling(COMPACTING);
        Files.deleteIfExists(compacted);
        try {
            // the same options as the application's own store (EmbeddedMongoServer)
            MVStore target = new MVStore.Builder().fileName(compacted.toString()).compress().open();
            try {
                copyMaps(target);
            } finally {
                target.close();
            }
            try (FileChannel written = FileChannel.open(compacted, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            requireSameMaps(compacted);
            Files.move(compacted, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(file.getParent());
        } finally {
            Files.deleteIfExists(compacted);
        }
        return new SizeChange(before, Files.size(file));
    }

    /**
     * Copies every map entry by entry, each opened as the server opens it: MVStoreTool's own compaction reads values
     * with MVStore's default types and cannot read the documents, which are kept as BSON.
     */
    private void copyMaps(MVStore target) {
        for (String name : source.getMapNames()) {
            MVMap<Object, Object> from = source.openMap(name, ReadModelMaps.builder(name));
            MVMap<Object, Object> to = target.openMap(name, ReadModelMaps.builder(name));
            Cursor<Object, Object> entries = from.cursor(null);
            while (entries.hasNext()) {
                Object key = entries.next();
                to.put(key, entries.getValue());
            }
        }
        target.commit();
    }

    private void requireSameMaps(Path compacted) {
        MVStore copy = new MVStore.Builder().fileName(compacted.toString()).readOnly().open();
        try {
            Set<String> names = source.getMapNames();
            if (!copy.getMapNames().equals(names)) {
                throw new IllegalStateException("the compacted copy holds the maps " + copy.getMapNames()
                                                + ", the store " + names);
            }
            for (String name : names) {
                long entries = source.openMap(name).sizeAsLong();
                long copied = copy.openMap(name, ReadModelMaps.builder(name)).sizeAsLong();
                if (copied != entries) {
                    throw new IllegalStateException("map " + name + ": " + entries + " entries in the store, "
                                                    + copied + " in the compacted copy");
                }
            }
        } finally {
            copy.close();
        }
    }

    /** Makes the rename itself durable; file systems that cannot open a directory (Windows) do it themselves. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // the rename stands; only its durability across a power cut right now is up to the file system
        }
    }

    /** Releases the store: the application may open it again. */
    @Override
    public void close() {
        source.close();
    }
}
