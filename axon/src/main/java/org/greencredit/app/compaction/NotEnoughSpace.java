package org.greencredit.app.compaction;

import java.nio.file.Path;

/** Compacting writes a new copy beside the old one before it replaces it: the copy may be as large as the store. */
public class NotEnoughSpace extends Exception {

    private final transient Path store;
    private final long needed;
    private final long free;

    NotEnoughSpace(Path store, long needed, long free) {
        super(store + ": compacting needs up to " + needed + " bytes, " + free + " are free");
        this.store = store;
        this.needed = needed;
        this.free = free;
    }

    public Path store() {
        return store;
    }

    public long needed() {
        return needed;
    }

    public long free() {
        return free;
    }
}
