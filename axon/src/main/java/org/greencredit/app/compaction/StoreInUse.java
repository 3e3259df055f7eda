package org.greencredit.app.compaction;

import java.nio.file.Path;

/**
 * A store another process — or this one — holds open, most often the running application: compacting it would
 * race the writes the holder still makes. Recognised by the store's own lock, not by a guess.
 */
public class StoreInUse extends Exception {

    private final transient Path store;

    StoreInUse(Path store, Throwable cause) {
        super(store + " is in use", cause);
        this.store = store;
    }

    public Path store() {
        return store;
    }
}
