package org.greencredit.projections.batch;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.codecs.configuration.CodecRegistry;

/**
 * One document's writes within a batch. Once the batch knows the document — it replaced it, or read it from the
 * store — it holds the document as it will be after the batch (its image) and writes it once, whole, however many
 * events changed it. Until then changes are kept as they came and sent as updates, unread; a read in between
 * takes the stored document and applies them to it.
 */
final class PendingDocument {

    private record BlindChange(Change change, boolean upsert) {
    }

    private final BsonValue id;
    private final CodecRegistry codecs;
    private final List<BlindChange> blind = new ArrayList<>();
    private BsonDocument image;
    private boolean known;
    private boolean changed;

    PendingDocument(BsonValue id, CodecRegistry codecs) {
        this.id = id;
        this.codecs = codecs;
    }

    boolean known() {
        return known;
    }

    /** The document after the batch's writes so far, or null if there is none; only once {@link #known()}. */
    BsonDocument image() {
        return image;
    }

    void replace(BsonDocument document) {
        blind.clear();
        image = document;
        known = true;
        changed = true;
    }

    void change(Change change, boolean upsert) {
        if (known) {
            apply(change, upsert);
        } else {
            blind.add(new BlindChange(change, upsert));
        }
    }

    /** Takes the stored document (null: none) as it was before the batch and applies the changes kept since. */
    void learn(BsonDocument stored) {
        image = stored;
        known = true;
        blind.forEach(change -> apply(change.change(), change.upsert()));
        blind.clear();
    }

    /** What to send: the whole document once known and changed, else the changes in the order they came. */
    List<WriteModel<BsonDocument>> writes() {
        if (known) {
            return changed && image != null
                    ? List.of(new ReplaceOneModel<>(Filters.eq("_id", id), image, new ReplaceOptions().upsert(true)))
                    : List.of();
        }
        return blind.stream().<WriteModel<BsonDocument>>map(change -> new UpdateOneModel<>(
                Filters.eq("_id", id), change.change().update(), new UpdateOptions().upsert(change.upsert())))
                    .toList();
    }

    /** The writes reached the store: what is known stays known, and nothing is pending. */
    void stored() {
        blind.clear();
        changed = false;
    }

    private void apply(Change change, boolean upsert) {
        if (image == null && !upsert) {
            return;
        }
        if (image == null) {
            image = new BsonDocument("_id", id);
        }
        change.applyTo(image, codecs);
        changed = true;
    }
}
