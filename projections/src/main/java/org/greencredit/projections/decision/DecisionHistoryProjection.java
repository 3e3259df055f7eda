package org.greencredit.projections.decision;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.scoring.DecisionDiff;
import org.greencredit.domain.scoring.DecisionExplanation;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;
import org.greencredit.projections.creditfile.CreditFileEntriesProjection;
import org.greencredit.projections.support.Dates;
import org.greencredit.projections.support.EnterpriseDocuments;
import org.greencredit.projections.support.EnterpriseLookup;

/**
 * 等级决定记录: every grade decision, one document each, with the days it was the grade in force — so "the grade of
 * enterprise X on day D" is read from that enterprise's decisions alone, found through {@link EnterpriseDocuments}
 * — and the decision itself as its canonical JSON, from which explanations and comparisons are told in the reader's
 * language.
 *
 * <p>A decision in force closes the interval of the one before it. Which one that is comes from a small head
 * document per credit file ({@code decision_heads}, keyed by credit code), not from a search by credit code: the
 * embedded read-model store has no secondary indexes, and a search would scan every decision of the district at
 * every new decision. A decision already stored is not applied again, so delivering an event twice changes
 * nothing.
 */
@ProcessingGroup(DecisionHistoryProjection.PROCESSING_GROUP)
public class DecisionHistoryProjection {

    public static final String PROCESSING_GROUP = "decisions";
    public static final String COLLECTION = "decisions";
    /**
     * The layout of this projection's documents: from 2 each enterprise's documents are reached through an
     * {@link EnterpriseLookup}, which adds to the number it records ({@link EnterpriseLookup#layout}).
     */
    public static final int LAYOUT = 2;
    public static final String HEADS = "decision_heads";

    private final EnterpriseDocuments byEnterprise;
    private final BatchedCollection collection;
    private final BatchedCollection heads;
    private final MongoCollection<Document> entries;
    private final IndicatorVersions versions;

    /** A batch writes the companion entries, then the decisions, then the heads, as one event's handler does. */
    public DecisionHistoryProjection(MongoDatabase database, EnterpriseLookup lookup,
                                     IndicatorVersions versions) {
        this.byEnterprise = lookup.documents(database, COLLECTION);
        this.collection = new BatchedCollection(database, COLLECTION);
        this.heads = new BatchedCollection(database, HEADS);
        this.entries = database.getCollection(CreditFileEntriesProjection.COLLECTION);
        this.versions = versions;
    }

    /**
     * Three writes, ordered so that redelivery after a crash between any two of them converges: the companion entry
     * first (adding it again changes nothing), then the previous decision's end and the head, guarded by sequence
     * (a head at this decision or a later one means that step is done), then the decision's row, written only when
     * absent so that a later decision's {@code validTo} on it survives the redelivery of a batch.
     */
    @EventHandler
    void on(GradeDecided event, @SequenceNumber Long sequence, @Timestamp Instant recordedAt) {
        GradeDecision decision = event.decision();
        byEnterprise.add(event.creditCode(), event.decisionId());
        boolean inForce = event.kind().inForce();
        if (inForce) {
            supersedePrevious(event.creditCode(), event.decisionId(), sequence, event.decidedOn());
        }
        if (collection.find(event.decisionId()) != null) {
            return;
        }
        Document row = new Document("_id", event.decisionId())
                .append("creditCode", event.creditCode()).append("sequence", sequence)
                .append("kind", event.kind().name()).append("cycleId", event.cycleId())
                .append("decidedOn", Dates.text(event.decidedOn())).append("grade", decision.grade())
                .append("scoreGrade", decision.scoreGrade()).append("total", new Decimal128(decision.total()))
                .append("system", decision.system()).append("version", decision.version())
                .append("versionHash", decision.versionHash())
                .append("periodFrom", Dates.text(decision.periodFrom()))
                .append("periodTo", Dates.text(decision.periodTo())).append("asOf", Dates.text(decision.asOf()))
                .append("triggerCause", event.trigger().cause())
                .append("triggerReference", event.trigger().reference()).append("basedOn", event.basedOn())
                .append("inForce", inForce)
                .append("validFrom", inForce ? Dates.text(event.decidedOn()) : null)
                .append("validTo", null)
                .append("recordedAt", Date.from(recordedAt))
                .append("decision", decision.canonicalJson());
        collection.replace(row);
    }

    /** Ends the decision in force before this one on the day this one is decided, and makes this one the head. */
    private void supersedePrevious(String creditCode, String decisionId, long sequence, LocalDate decidedOn) {
        Document head = heads.find(creditCode);
        if (head != null && head.get("sequence", Number.class).longValue() >= sequence) {
            return;
        }
        if (head != null) {
            collection.update(head.getString("decisionId"), Change.set("validTo", Dates.text(decidedOn)));
        }
        heads.replace(new Document("_id", creditCode).append("decisionId", decisionId).append("sequence", sequence));
    }

    @ResetHandler
    void reset() {
        collection.deleteAll();
        heads.deleteAll();
        byEnterprise.reset();
    }

    @QueryHandler
    DecisionHistorySummary handle(FindDecisionHistory query) {
        List<DecisionSummary> decisions = new ArrayList<>();
        collection.stored().find(byEnterprise.filter(query.creditCode())).sort(Sorts.ascending("sequence"))
                  .forEach(document -> decisions.add(summary(document)));
        return new DecisionHistorySummary(decisions);
    }

    /**
     * One pass over the cycle's decisions in force, without their canonical JSON (the bulk of a decision's
     * document): at 10,000 enterprises one query instead of one history per enterprise.
     */
    @QueryHandler
    CycleResults handle(FindResultsInForceOfCycle query) {
        Map<String, Document> latest = new TreeMap<>();
        collection.stored().find(Filters.and(Filters.eq("cycleId", query.cycleId()), Filters.eq("inForce", true)))
                  .projection(Projections.exclude("decision"))
                  .forEach(document -> latest.merge(document.getString("creditCode"), document,
                                                    (kept, other) -> sequence(other) > sequence(kept) ? other : kept));
        return new CycleResults(latest.values().stream().map(DecisionHistoryProjection::summary).toList());
    }

    private static long sequence(Document document) {
        return document.get("sequence", Number.class).longValue();
    }

    @QueryHandler
    DecisionSummary handle(FindGradeAsOf query) {
        String day = Dates.text(query.date());
        List<Document> latestFirst = new ArrayList<>();
        collection.stored().find(byEnterprise.filter(query.creditCode())).sort(Sorts.descending("sequence"))
                  .into(latestFirst);
        return latestFirst.stream().filter(document -> inForceOn(document, day)).findFirst()
                          .map(DecisionHistoryProjection::summary).orElse(null);
    }

    private static boolean inForceOn(Document decision, String day) {
        String validTo = decision.getString("validTo");
        return decision.getBoolean("inForce") && decision.getString("validFrom").compareTo(day) <= 0
                && (validTo == null || validTo.compareTo(day) > 0);
    }

    @QueryHandler
    DecisionRecord handle(FindDecision query) {
        return find(query.decisionId()).map(document -> new DecisionRecord(
                summary(document), GradeDecision.fromCanonicalJson(document.getString("decision")))).orElse(null);
    }

    @QueryHandler
    Explanation handle(ExplainDecision query) {
        DecisionRecord decision = handle(new FindDecision(query.decisionId()));
        if (decision == null) {
            return new Explanation(List.of());
        }
        return new Explanation(DecisionExplanation.of(decision.decision(), system(decision.decision()),
                                                      Locale.forLanguageTag(query.languageTag())));
    }

    @QueryHandler
    Explanation handle(CompareDecisions query) {
        DecisionRecord before = handle(new FindDecision(query.beforeDecisionId()));
        DecisionRecord after = handle(new FindDecision(query.afterDecisionId()));
        if (before == null || after == null) {
            return new Explanation(List.of());
        }
        DecisionDiff diff = DecisionDiff.between(before.decision(), after.decision()).withFates(this::fate);
        return new Explanation(diff.explain(system(after.decision()), Locale.forLanguageTag(query.languageTag())));
    }

    /** What became of a fact that no longer counts, as the credit file's entries record it. */
    private Optional<DecisionDiff.Change> fate(String factId) {
        Document entry = entries.find(Filters.eq("_id", factId)).first();
        if (entry == null) {
            return Optional.empty();
        }
        return switch (entry.getString("status")) {
            case "REVOKED" -> Optional.of(DecisionDiff.Change.REVOKED);
            case "REPAIRED" -> Optional.of(DecisionDiff.Change.REPAIRED);
            default -> Optional.empty();
        };
    }

    private IndicatorSystem system(GradeDecision decision) {
        return versions.version(decision.system(), decision.versionHash()).map(ScoringEngine::system)
                       .orElseThrow(() -> new IllegalStateException("unknown version " + decision.versionHash()));
    }

    private Optional<Document> find(String decisionId) {
        return Optional.ofNullable(collection.stored().find(Filters.eq("_id", decisionId)).first());
    }

    static DecisionSummary summary(Document document) {
        return new DecisionSummary(document.getString("_id"), document.getString("creditCode"),
                                   document.getString("kind"), document.getString("cycleId"),
                                   Dates.date(document.getString("decidedOn")), document.getString("grade"),
                                   document.getString("scoreGrade"), decimal(document.get("total")),
                                   document.getString("system"), document.getString("version"),
                                   document.getString("versionHash"), Dates.date(document.getString("periodFrom")),
                                   Dates.date(document.getString("periodTo")), Dates.date(document.getString("asOf")),
                                   document.getString("triggerCause"), document.getString("triggerReference"),
                                   document.getString("basedOn"), Boolean.TRUE.equals(document.getBoolean("inForce")),
                                   Dates.date(document.getString("validFrom")),
                                   Dates.date(document.getString("validTo")));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Decimal128 decimal ? decimal.bigDecimalValue() : new BigDecimal(value.toString());
    }
}
