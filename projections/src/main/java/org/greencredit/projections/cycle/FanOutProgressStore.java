package org.greencredit.projections.cycle;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The durable cursor of every fan-out: one small document per phase change with how many enterprises of its batch
 * are done, who works on it and until when the claim holds. Kept apart from the job's list of enterprises, so
 * advancing the cursor rewrites a few fields, not thousands of credit codes.
 *
 * <p>Fan-outs run one at a time in the order their events were stored (a cycle's grading must finish before its
 * publication starts): only the oldest unfinished one can be claimed. A claim expires, so when a node stops
 * mid-fan-out another one (or the same one after a restart) continues from the cursor.
 */
public class FanOutProgressStore {

    public static final String COLLECTION = "fan_out_progress";

    private final MongoCollection<Document> collection;

    public FanOutProgressStore(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    /** Records a new fan-out unless it is known already (its event handed again after a restart). */
    public void createIfAbsent(String jobId, long sequence, String cycleId, FanOutStep step, int total, Instant now) {
        collection.updateOne(Filters.eq("_id", jobId),
                             Updates.setOnInsert(new Document("sequence", sequence).append("cycleId", cycleId)
                                                         .append("step", step.name()).append("total", total)
                                                         .append("done", 0).append("createdAt", Date.from(now))),
                             new UpdateOptions().upsert(true));
    }

    /**
     * Claims the oldest unfinished fan-out for {@code worker} until {@code now + lease}, if no other worker holds it;
     * empty when there is none or another worker holds it.
     */
    public Optional<FanOutProgress> claimOldest(String worker, Instant now, Duration lease) {
        Document oldest = collection.find(Filters.eq("finishedAt", null)).sort(Sorts.ascending("sequence")).limit(1)
                                    .first();
        if (oldest == null) {
            return Optional.empty();
        }
        Bson free = Filters.or(Filters.eq("claimedBy", null), Filters.eq("claimedBy", worker),
                               Filters.lt("claimedUntil", Date.from(now)));
        Document claimed = collection.findOneAndUpdate(
                Filters.and(Filters.eq("_id", oldest.getString("_id")), Filters.eq("finishedAt", null), free),
                Updates.combine(Updates.set("claimedBy", worker),
                                Updates.set("claimedUntil", Date.from(now.plus(lease)))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (claimed == null) {
            return Optional.empty();
        }
        if (claimed.getDate("startedAt") == null) {
            collection.updateOne(Filters.and(Filters.eq("_id", claimed.getString("_id")),
                                             Filters.eq("startedAt", null)),
                                 Updates.set("startedAt", Date.from(now)));
            claimed.put("startedAt", Date.from(now));
        }
        return Optional.of(progress(claimed));
    }

    /**
     * Moves the cursor of a fan-out {@code worker} holds to {@code done} and renews the claim; false when the claim
     * was lost (another worker took over after it expired), so this worker must stop.
     */
    public boolean advance(String jobId, String worker, int done, Instant now, Duration lease) {
        return collection.updateOne(Filters.and(Filters.eq("_id", jobId), Filters.eq("claimedBy", worker)),
                                    Updates.combine(Updates.set("done", done), Updates.set("updatedAt", Date.from(now)),
                                                    Updates.set("claimedUntil", Date.from(now.plus(lease)))))
                         .getMatchedCount() == 1;
    }

    public void finish(String jobId, String worker, Instant now) {
        collection.updateOne(Filters.and(Filters.eq("_id", jobId), Filters.eq("claimedBy", worker)),
                             Updates.combine(Updates.set("finishedAt", Date.from(now)),
                                             Updates.set("updatedAt", Date.from(now)), Updates.unset("claimedBy"),
                                             Updates.unset("claimedUntil")));
    }

    /** Gives a claim up at once (the node stops between two batches), so the next node need not wait for it to expire. */
    public void release(String jobId, String worker) {
        collection.updateOne(Filters.and(Filters.eq("_id", jobId), Filters.eq("claimedBy", worker)),
                             Updates.combine(Updates.unset("claimedBy"), Updates.unset("claimedUntil")));
    }

    /** Whether some fan-out is still to be carried through, on any node. */
    public boolean anyUnfinished() {
        return collection.find(Filters.eq("finishedAt", null)).limit(1).first() != null;
    }

    @QueryHandler
    public FanOutProgressList handle(FindFanOutProgress query) {
        List<FanOutProgress> items = new ArrayList<>();
        collection.find(Filters.eq("cycleId", query.cycleId())).sort(Sorts.descending("sequence"))
                  .forEach(document -> items.add(progress(document)));
        return new FanOutProgressList(items);
    }

    private static FanOutProgress progress(Document document) {
        return new FanOutProgress(document.getString("_id"), document.getString("cycleId"),
                                  FanOutStep.valueOf(document.getString("step")), document.getInteger("total"),
                                  document.getInteger("done"), instant(document, "createdAt"),
                                  instant(document, "startedAt"), instant(document, "updatedAt"),
                                  instant(document, "finishedAt"));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
