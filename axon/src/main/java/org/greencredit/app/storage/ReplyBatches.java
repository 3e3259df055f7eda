package org.greencredit.app.storage;

import de.bwaldvogel.mongo.backend.Cursor;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;

/**
 * How many documents go into one reply, as a real MongoDB server decides it: a {@code find} or {@code aggregate}
 * that names no batch size answers with at most {@value #FIRST_BATCH} documents, and no batch — first or
 * {@code getMore} — grows past {@value #MAX_BATCH_BYTES} bytes of BSON, whatever batch size the client asked for
 * (one document is always sent). mongo-java-server puts every match in the first reply when no batch size is
 * given; at 10,000 enterprises that was a 95 MB reply, which the driver refuses (its limit is 48 MB), so any read
 * of a whole large collection failed on the embedded store while the same code works against MongoDB.
 */
final class ReplyBatches {

    static final int FIRST_BATCH = 101;
    static final int MAX_BATCH_BYTES = 16 * 1024 * 1024;

    private ReplyBatches() {
    }

    /**
     * Cuts the first batch of a {@code find} or {@code aggregate} reply to its size; what is cut goes ahead of the
     * reply's own cursor (or a new one), for the {@code getMore}s that follow.
     */
    static void cutFirstBatch(Document reply, int requested, CursorRegistry cursors) {
        if (!(reply.get("cursor") instanceof Document cursor) || !(cursor.get("firstBatch") instanceof List<?> batch)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Document> documents = (List<Document>) batch;
        int first = batch(documents, requested > 0 ? requested : FIRST_BATCH);
        long cursorId = ((Number) cursor.get("id")).longValue();
        Cursor following = cursorId == 0 ? null : cursors.getCursor(cursorId);
        if (first == documents.size() || (following != null && !(following instanceof BatchedCursor))) {
            return;
        }
        List<Document> rest = new ArrayList<>(documents.subList(first, documents.size()));
        if (following != null) {
            rest.addAll(following.takeDocuments(Integer.MAX_VALUE));
            cursors.remove(following);
        }
        Cursor cut = new BatchedCursor(cursors.generateCursorId(), rest);
        cursors.add(cut);
        cursor.put("firstBatch", new ArrayList<>(documents.subList(0, first)));
        cursor.put("id", cut.getId());
    }

    /** A batch after the first: {@code requested} documents, or as many as fit when none was asked for. */
    static int nextBatch(List<Document> documents, int requested) {
        return batch(documents, requested > 0 ? requested : Integer.MAX_VALUE);
    }

    private static int batch(List<Document> documents, int limit) {
        int count = 0;
        long bytes = 0;
        ByteBuf encoded = Unpooled.buffer(1_024);
        try {
            while (count < documents.size() && count < limit) {
                encoded.clear();
                BsonEncoder.encodeDocument(documents.get(count), encoded);
                bytes += encoded.readableBytes();
                if (count > 0 && bytes > MAX_BATCH_BYTES) {
                    break;
                }
                count++;
            }
            return count;
        } finally {
            encoded.release();
        }
    }
}
