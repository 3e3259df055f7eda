package org.greencredit.projections.published;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;
import org.greencredit.projections.support.Dates;

/**
 * 公开评价结果（合作方接口）: what partners may read — each enterprise's effective published result and a change feed
 * of it. Only decisions that put a grade in force count (FINAL, REVIEWED, DYNAMIC, REPAIR); a PRELIMINARY grade,
 * being disclosed for objection, never reaches this read model, and neither does any fact.
 *
 * <p>Every read is an {@code _id} read, the one index the embedded read-model store serves: the result of an
 * enterprise is keyed by credit code ({@value #RESULTS}), so one lookup is an {@code _id} equality and a batch an
 * {@code _id in}. The change feed is keyed by the event's global position in the store ({@value #CHANGES}), which
 * never changes, so a cursor handed to a partner stays valid across a rebuild of this read model; bucket documents
 * ({@value #BUCKETS}, {@value #BUCKET_SPAN} positions each) list the positions that carry a change, so a page is a
 * few {@code _id in} reads of buckets and one of changes. One cycle's results are listed per cycle
 * ({@value #BY_CYCLE}, spread over 64 documents read with one {@code _id in}) and kept per cycle and enterprise ({@value #CYCLE_RESULTS}).
 *
 * <p>Each handler writes the feed, then the cycle's documents, then the enterprise's result with the stream's
 * sequence number last; an event whose sequence the result already carries is done. A crash between writes
 * redelivers the event and every later one, and each earlier write is a replacement or a set addition, so the read
 * model converges.
 */
@ProcessingGroup(PublishedResultsProjection.PROCESSING_GROUP)
public class PublishedResultsProjection {

    public static final String PROCESSING_GROUP = "published-results";
    public static final String RESULTS = "published_results";
    public static final String CHANGES = "published_changes";
    public static final String BUCKETS = "published_change_buckets";
    /** One document, {@code head}: the highest position with a change, so a reader knows where the feed ends. */
    public static final String FEED = "published_feed";
    public static final String BY_CYCLE = "published_by_cycle";
    public static final String CYCLE_RESULTS = "published_cycle_results";
    public static final long BUCKET_SPAN = 1024;
    /** How many buckets one read of the feed asks for at once. */
    private static final int BUCKETS_PER_READ = 64;
    private static final String HEAD = "head";
    /** How many documents one cycle's list of enterprises is spread over. */
    private static final int CYCLE_SHARDS = 64;

    private final BatchedCollection changes;
    private final BatchedCollection buckets;
    private final BatchedCollection feed;
    private final BatchedCollection byCycle;
    private final BatchedCollection cycleResults;
    private final BatchedCollection results;
    private final IndicatorVersions versions;

    /** Opened in the order a handler writes, so a batch writes the results, which say what is done, last. */
    public PublishedResultsProjection(MongoDatabase database, IndicatorVersions versions) {
        this.changes = new BatchedCollection(database, CHANGES);
        this.buckets = new BatchedCollection(database, BUCKETS);
        this.feed = new BatchedCollection(database, FEED);
        this.byCycle = new BatchedCollection(database, BY_CYCLE);
        this.cycleResults = new BatchedCollection(database, CYCLE_RESULTS);
        this.results = new BatchedCollection(database, RESULTS);
        this.versions = versions;
    }

    @EventHandler
    void on(EnterpriseRegistered event, @SequenceNumber Long sequence) {
        if (applied(find(event.creditCode()), sequence)) {
            return;
        }
        results.replace(new Document("_id", event.creditCode()).append("name", event.profile().name())
                                                               .append("sequence", sequence).append("result", null));
    }

    @EventHandler
    void on(EnterpriseProfileChanged event, @SequenceNumber Long sequence, TrackingToken token) {
        Document enterprise = find(event.creditCode());
        if (enterprise == null || applied(enterprise, sequence)) {
            return;
        }
        String name = event.profile().name();
        Document result = enterprise.get("result", Document.class);
        if (result != null && !name.equals(result.getString("enterpriseName"))) {
            long position = position(token);
            result = new Document(result).append("enterpriseName", name).append("cursor", position);
            record(position, PublishedChange.RENAMED, result);
        }
        store(event.creditCode(), name, sequence, result);
    }

    @EventHandler
    void on(EnterpriseLeftScope event, @SequenceNumber Long sequence, TrackingToken token) {
        Document enterprise = find(event.creditCode());
        if (enterprise == null || applied(enterprise, sequence)) {
            return;
        }
        Document result = enterprise.get("result", Document.class);
        if (result != null) {
            long position = position(token);
            result = new Document(result).append("validUntil", Dates.text(event.leftOn())).append("cursor", position);
            record(position, PublishedChange.LEFT_SCOPE, result);
        }
        store(event.creditCode(), enterprise.getString("name"), sequence, result);
    }

    @EventHandler
    void on(GradeDecided event, @SequenceNumber Long sequence, TrackingToken token) {
        if (!event.kind().inForce()) {
            return;
        }
        Document enterprise = find(event.creditCode());
        if (applied(enterprise, sequence)) {
            return;
        }
        String name = enterprise == null ? null : enterprise.getString("name");
        long position = position(token);
        Document result = result(event, name, position);
        record(position, PublishedChange.DECIDED, result);
        byCycle.upsert(cycleShard(event.cycleId(), event.creditCode()),
                       Change.addToSet("codes", event.creditCode()));
        cycleResults.replace(new Document("_id", cycleKey(event.cycleId(), event.creditCode()))
                                     .append("result", result));
        store(event.creditCode(), name, sequence, result);
    }

    @ResetHandler
    void reset() {
        List.of(changes, buckets, feed, byCycle, cycleResults, results).forEach(BatchedCollection::deleteAll);
    }

    @QueryHandler
    PublishedLookups handle(FindPublishedResults query) {
        Map<String, Document> found = new HashMap<>();
        results.stored().find(Filters.in("_id", new LinkedHashSet<>(query.creditCodes())))
               .forEach(document -> found.put(document.getString("_id"), document));
        List<PublishedLookup> lookups = new ArrayList<>(query.creditCodes().size());
        for (String code : query.creditCodes()) {
            Document enterprise = found.get(code);
            Document result = enterprise == null ? null : enterprise.get("result", Document.class);
            lookups.add(enterprise == null ? new PublishedLookup(code, PublishedLookup.Status.NOT_FOUND, null)
                                : result == null
                                        ? new PublishedLookup(code, PublishedLookup.Status.NO_PUBLISHED_RESULT, null)
                                        : new PublishedLookup(code, PublishedLookup.Status.FOUND, toResult(result)));
        }
        return new PublishedLookups(lookups);
    }

    @QueryHandler
    PublishedChangePage handle(FindPublishedChanges query) {
        TreeSet<Long> positions = new TreeSet<>();
        long bucket = Math.max(0, query.after() + 1) / BUCKET_SPAN;
        long last = lastBucket();
        while (positions.size() < query.limit() && bucket <= last) {
            List<Long> ids = new ArrayList<>();
            for (long id = bucket; id < bucket + BUCKETS_PER_READ && id <= last; id++) {
                ids.add(id);
            }
            buckets.stored().find(Filters.in("_id", ids)).forEach(document -> document
                    .getList("positions", Long.class).stream().filter(position -> position > query.after())
                    .forEach(positions::add));
            bucket += BUCKETS_PER_READ;
        }
        List<Long> page = positions.stream().limit(query.limit()).toList();
        Map<Long, PublishedChange> found = new HashMap<>();
        changes.stored().find(Filters.in("_id", page)).forEach(document -> found.put(
                document.getLong("_id"), new PublishedChange(document.getLong("_id"), document.getString("change"),
                                                             toResult(document.get("result", Document.class)))));
        List<PublishedChange> ordered = page.stream().map(found::get).filter(Objects::nonNull).toList();
        return new PublishedChangePage(ordered, ordered.isEmpty() ? query.after()
                                                                  : ordered.get(ordered.size() - 1).cursor());
    }

    @QueryHandler
    CyclePublishedPage handle(FindCyclePublishedResults query) {
        List<String> shards = new ArrayList<>(CYCLE_SHARDS);
        for (int shard = 0; shard < CYCLE_SHARDS; shard++) {
            shards.add(query.cycleId() + "#" + shard);
        }
        List<String> codes = new ArrayList<>();
        byCycle.stored().find(Filters.in("_id", shards)).forEach(document -> codes.addAll(
                document.getList("codes", String.class)));
        codes.sort(null);
        List<String> page = codes.stream().skip(query.offset()).limit(query.limit()).toList();
        Map<String, PublishedResult> found = new HashMap<>();
        List<String> keys = page.stream().map(code -> cycleKey(query.cycleId(), code)).toList();
        cycleResults.stored().find(Filters.in("_id", keys)).forEach(document -> {
            PublishedResult result = toResult(document.get("result", Document.class));
            found.put(result.creditCode(), result);
        });
        return new CyclePublishedPage(query.cycleId(), codes.size(),
                                      page.stream().map(found::get).filter(Objects::nonNull).toList());
    }

    private Document result(GradeDecided event, String name, long position) {
        GradeDecision decision = event.decision();
        IndicatorSystem system = versions.version(decision.system(), decision.versionHash())
                                         .map(ScoringEngine::system)
                                         .orElseThrow(() -> new IllegalStateException(
                                                 "unknown indicator version " + decision.versionHash()));
        String tier = system.tierFor(decision.grade()).orElseThrow(
                () -> new IllegalStateException("no supervision tier for grade " + decision.grade())).tier();
        return new Document("creditCode", event.creditCode()).append("enterpriseName", name)
                .append("grade", decision.grade()).append("tier", tier).append("decisionKind", event.kind().name())
                .append("decisionId", event.decisionId()).append("indicatorSystem", decision.system())
                .append("indicatorVersion", decision.version()).append("versionHash", decision.versionHash())
                .append("validFrom", Dates.text(event.decidedOn())).append("validUntil", null)
                .append("cycleId", event.cycleId()).append("decidedOn", Dates.text(event.decidedOn()))
                .append("cursor", position);
    }

    /** The change first, then its bucket entry, which is what makes it visible to readers of the feed. */
    private void record(long position, String change, Document result) {
        changes.replace(new Document("_id", position).append("change", change).append("result", result));
        buckets.upsert(position / BUCKET_SPAN, Change.addToSet("positions", position));
        feed.upsert(HEAD, Change.max("position", position));
    }

    private void store(String creditCode, String name, long sequence, Document result) {
        results.replace(new Document("_id", creditCode).append("name", name).append("sequence", sequence)
                                                       .append("result", result));
    }

    private Document find(String creditCode) {
        return results.find(creditCode);
    }

    private long lastBucket() {
        Document head = feed.stored().find(Filters.eq("_id", HEAD)).first();
        return head == null ? -1 : head.get("position", Number.class).longValue() / BUCKET_SPAN;
    }

    private static boolean applied(Document enterprise, long sequence) {
        return enterprise != null && enterprise.get("sequence", Number.class).longValue() >= sequence;
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("a token without a position: " + token));
    }

    /**
     * The document of the cycle's list that holds this code: one list per cycle would grow to every enterprise of the
     * district and be rewritten whole at each addition (the embedded store rewrites a document on every update).
     */
    private static String cycleShard(String cycleId, String creditCode) {
        return cycleId + "#" + Math.floorMod(creditCode.hashCode(), CYCLE_SHARDS);
    }

    private static String cycleKey(String cycleId, String creditCode) {
        return cycleId + "/" + creditCode;
    }

    private static PublishedResult toResult(Document result) {
        return new PublishedResult(result.getString("creditCode"), result.getString("enterpriseName"),
                                   result.getString("grade"), result.getString("tier"),
                                   result.getString("decisionKind"), result.getString("decisionId"),
                                   result.getString("indicatorSystem"), result.getString("indicatorVersion"),
                                   result.getString("versionHash"), date(result.getString("validFrom")),
                                   date(result.getString("validUntil")), result.getString("cycleId"),
                                   date(result.getString("decidedOn")), result.get("cursor", Number.class).longValue());
    }

    private static LocalDate date(String text) {
        return Dates.date(text);
    }
}
