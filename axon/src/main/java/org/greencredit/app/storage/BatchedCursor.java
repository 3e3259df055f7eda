package org.greencredit.app.storage;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/** The documents of a query not sent yet, handed out a batch per {@code getMore} ({@link ReplyBatches}). */
final class BatchedCursor extends AbstractCursor {

    private List<Document> remaining;

    BatchedCursor(long id, List<Document> remaining) {
        super(id);
        this.remaining = List.copyOf(remaining);
    }

    @Override
    public synchronized boolean isEmpty() {
        return remaining.isEmpty();
    }

    @Override
    public synchronized List<Document> takeDocuments(int batchSize) {
        List<Document> batch = remaining.subList(0, ReplyBatches.nextBatch(remaining, batchSize));
        remaining = remaining.subList(batch.size(), remaining.size());
        return batch;
    }
}
