package org.greencredit.projections.evaluation;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.greencredit.domain.creditfile.EvaluationState;
import org.greencredit.domain.creditfile.ObjectionStatus;
import org.greencredit.domain.creditfile.api.DeclarationClosed;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DeclaredItemsLapsed;
import org.greencredit.domain.creditfile.api.DisclosureClosed;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.EvaluationDisclosed;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.FinalPublicationAnnounced;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.ObjectionReviewOverdue;
import org.greencredit.domain.creditfile.api.ObjectionReviewed;
import org.greencredit.domain.creditfile.api.VerificationCompleted;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.BatchedWrites;
import org.greencredit.projections.batch.Change;
import org.greencredit.projections.support.Dates;
import org.greencredit.projections.support.EnterpriseDocuments;
import org.greencredit.projections.support.EnterpriseLookup;
import org.greencredit.projections.support.Names;

/**
 * 企业评价: one document per enterprise and cycle, following the evaluation's state machine (docs/procedure.md) —
 * the source of the disclosure board, the published grades, the work queues of assessors and reviewers, and the
 * progress and statistics of a cycle. The enterprise's name, street and industry are kept beside it (collection
 * {@code evaluation_enterprises}) from the same stream, so rows carry them without a join.
 *
 * <p>Every write sets values taken from the event alone (pending items are a set), so applying an event twice
 * changes nothing.
 */
@ProcessingGroup(EvaluationProjection.PROCESSING_GROUP)
public class EvaluationProjection {

    public static final String PROCESSING_GROUP = "evaluations";
    public static final String COLLECTION = "evaluations";
    /**
     * The layout of this projection's documents: from 2 each enterprise's documents are reached through an
     * {@link EnterpriseLookup}, which adds to the number it records ({@link EnterpriseLookup#layout}).
     */
    public static final int LAYOUT = 2;
    public static final String ENTERPRISES = "evaluation_enterprises";

    private final EnterpriseDocuments byEnterprise;
    private final BatchedCollection enterprises;
    private final BatchedCollection collection;
    private final QueryUpdateEmitter updateEmitter;

    public EvaluationProjection(MongoDatabase database, EnterpriseLookup lookup,
                                QueryUpdateEmitter updateEmitter) {
        this.byEnterprise = lookup.documents(database, COLLECTION);
        this.enterprises = new BatchedCollection(database, ENTERPRISES);
        this.collection = new BatchedCollection(database, COLLECTION);
        this.updateEmitter = updateEmitter;
        collection.stored().createIndex(Indexes.compoundIndex(Indexes.ascending("cycleId"),
                                                              Indexes.ascending("state")));
    }

    @EventHandler
    void on(EnterpriseRegistered event) {
        profile(event.creditCode(), event.profile());
    }

    @EventHandler
    void on(EnterpriseProfileChanged event) {
        profile(event.creditCode(), event.profile());
        Document enterprise = enterprises.find(event.creditCode());
        Change names = Change.combine(Change.set("enterpriseName", enterprise.getString("name")),
                                      Change.set("subdistrict", enterprise.getString("subdistrict")),
                                      Change.set("industryCode", enterprise.getString("industryCode")));
        byEnterprise.ids(event.creditCode()).forEach(id -> collection.update(id, names));
    }

    @EventHandler
    void on(EvaluationOpened event) {
        Document enterprise = enterprises.find(event.creditCode());
        Document row = new Document("_id", id(event.creditCode(), event.cycleId()))
                .append("creditCode", event.creditCode()).append("cycleId", event.cycleId())
                .append("enterpriseName", enterprise == null ? null : enterprise.getString("name"))
                .append("subdistrict", enterprise == null ? null : enterprise.getString("subdistrict"))
                .append("industryCode", enterprise == null ? null : enterprise.getString("industryCode"))
                .append("state", EvaluationState.DECLARATION.name())
                .append("periodFrom", Dates.text(event.periodFrom()))
                .append("periodTo", Dates.text(event.periodTo()))
                .append("declarationDeadline", Dates.text(event.declarationDeadline()))
                .append("verificationDeadline", Dates.text(event.verificationDeadline()))
                .append("pendingItems", List.of()).append("disclosureClosed", false)
                .append("publicationAnnounced", false).append("reviewOverdue", false);
        byEnterprise.add(event.creditCode(), row.getString("_id"));
        collection.replace(row);
        changed(event.creditCode(), event.cycleId());
    }

    @EventHandler
    void on(ItemDeclared event) {
        if (event.cycleId() != null) {
            update(event.creditCode(), event.cycleId(), Change.addToSet("pendingItems", event.itemId()));
        }
    }

    @EventHandler
    void on(DeclarationClosed event) {
        update(event.creditCode(), event.cycleId(), Change.set("state", EvaluationState.VERIFICATION.name()));
    }

    @EventHandler
    void on(DeclaredItemVerified event) {
        List<String> cycles = new ArrayList<>();
        collection.findAll(byEnterprise.ids(event.creditCode())).forEach(document -> {
            if (document.getList("pendingItems", String.class, List.of()).contains(event.itemId())) {
                cycles.add(document.getString("cycleId"));
            }
        });
        cycles.forEach(cycle -> update(event.creditCode(), cycle, Change.pull("pendingItems", event.itemId())));
    }

    @EventHandler
    void on(VerificationCompleted event) {
        update(event.creditCode(), event.cycleId(), Change.set("state", EvaluationState.VERIFIED.name()));
    }

    @EventHandler
    void on(DeclaredItemsLapsed event) {
        update(event.creditCode(), event.cycleId(), Change.pullAll("pendingItems", event.itemIds()));
    }

    @EventHandler
    void on(GradeDecided event) {
        switch (event.kind()) {
            case PRELIMINARY -> update(event.creditCode(), event.cycleId(), Change.combine(
                    Change.set("state", EvaluationState.GRADED.name()),
                    Change.set("preliminaryDecisionId", event.decisionId()),
                    Change.set("preliminaryGrade", event.decision().grade()),
                    Change.set("preliminaryTotal", new Decimal128(event.decision().total()))));
            case REVIEWED -> update(event.creditCode(), event.cycleId(), Change.combine(
                    Change.set("reviewedGrade", event.decision().grade()),
                    Change.set("objectionStatus", ObjectionStatus.REGRADED.name())));
            case FINAL -> update(event.creditCode(), event.cycleId(), Change.combine(
                    Change.set("state", EvaluationState.PUBLISHED.name()),
                    Change.set("finalDecisionId", event.decisionId()),
                    Change.set("finalGrade", event.decision().grade()),
                    Change.set("publishedOn", Dates.text(event.decidedOn()))));
            case DYNAMIC, REPAIR -> {
                // the grade in force changes; the cycle's published result stays as published
            }
        }
    }

    @EventHandler
    void on(EvaluationDisclosed event) {
        update(event.creditCode(), event.cycleId(), Change.combine(
                Change.set("disclosureStart", Dates.text(event.disclosureStart())),
                Change.set("disclosureEnd", Dates.text(event.disclosureEnd()))));
    }

    @EventHandler
    void on(ObjectionFiled event) {
        update(event.creditCode(), event.cycleId(), Change.combine(
                Change.set("objectionStatus", ObjectionStatus.FILED.name()),
                Change.set("objectionFiledOn", Dates.text(event.filedOn())),
                Change.set("reviewDeadline", Dates.text(event.reviewDeadline())),
                Change.set("objectionReason", event.reason())));
    }

    @EventHandler
    void on(ObjectionReviewed event) {
        update(event.creditCode(), event.cycleId(), Change.set(
                "objectionStatus", (event.outcome() == ObjectionOutcome.UPHELD ? ObjectionStatus.UPHELD
                                                                        : ObjectionStatus.REJECTED).name()));
    }

    @EventHandler
    void on(ObjectionReviewOverdue event) {
        update(event.creditCode(), event.cycleId(), Change.set("reviewOverdue", true));
    }

    @EventHandler
    void on(DisclosureClosed event) {
        update(event.creditCode(), event.cycleId(), Change.set("disclosureClosed", true));
    }

    @EventHandler
    void on(FinalPublicationAnnounced event) {
        update(event.creditCode(), event.cycleId(), Change.set("publicationAnnounced", true));
    }

    @ResetHandler
    void reset() {
        collection.deleteAll();
        enterprises.deleteAll();
        byEnterprise.reset();
    }

    @QueryHandler
    EvaluationList handle(FindEvaluationsOf query) {
        return list(byEnterprise.filter(query.creditCode()), Sorts.ascending("cycleId"));
    }

    @QueryHandler
    EvaluationList handle(FindDisclosureBoard query) {
        return list(onBoard(query.cycleId()), Sorts.ascending("creditCode"));
    }

    @QueryHandler
    EvaluationList handle(FindPublishedGrades query) {
        List<EvaluationSummary> page = new ArrayList<>();
        collection.stored().find(Filters.and(Filters.eq("cycleId", query.cycleId()),
                                             Filters.eq("state", EvaluationState.PUBLISHED.name())))
                  .sort(Sorts.ascending("creditCode")).skip(query.offset()).limit(query.limit())
                  .forEach(document -> page.add(view(document)));
        return new EvaluationList(page);
    }

    @QueryHandler
    EvaluationList handle(FindObjectionsAwaitingReview query) {
        return list(awaitingReview(query.cycleId()), Sorts.ascending("reviewDeadline", "creditCode"));
    }

    @QueryHandler
    EvaluationList handle(FindDeclarationsAwaitingVerification query) {
        return list(awaitingVerification(query.cycleId()), Sorts.ascending("verificationDeadline", "creditCode"));
    }

    @QueryHandler
    Long handle(CountDeclarationsAwaitingVerification query) {
        return collection.stored().countDocuments(awaitingVerification(query.cycleId()));
    }

    @QueryHandler
    Long handle(CountObjectionsAwaitingReview query) {
        return collection.stored().countDocuments(awaitingReview(query.cycleId()));
    }

    @QueryHandler
    CycleProgress handle(FindCycleProgress query) {
        Map<EvaluationState, Long> perState = new EnumMap<>(EvaluationState.class);
        Map<String, Long> perPreliminary = new TreeMap<>();
        Map<String, Long> perFinal = new TreeMap<>();
        Map<ObjectionStatus, Long> objections = new EnumMap<>(ObjectionStatus.class);
        long[] total = {0};
        collection.stored().find(Filters.eq("cycleId", query.cycleId())).forEach(document -> {
            total[0]++;
            count(perState, Names.constant(EvaluationState.class, document.getString("state")));
            count(perPreliminary, document.getString("preliminaryGrade"));
            count(perFinal, document.getString("finalGrade"));
            count(objections, Names.constant(ObjectionStatus.class, document.getString("objectionStatus")));
        });
        return new CycleProgress(query.cycleId(), total[0], perState, perPreliminary, perFinal, objections);
    }

    @QueryHandler
    CycleStatistics handle(FindCycleStatistics query) {
        Map<String, Map<String, Long>> groups = new TreeMap<>();
        collection.stored().find(Filters.and(Filters.eq("cycleId", query.cycleId()),
                                             Filters.in("state", EvaluationState.GRADED.name(),
                                                        EvaluationState.PUBLISHED.name()))).forEach(document -> {
            String grade = document.getString("finalGrade") != null
                    ? document.getString("finalGrade") : document.getString("preliminaryGrade");
            count(groups.computeIfAbsent(group(document, query.groupBy()), key -> new TreeMap<>()), grade);
        });
        return new CycleStatistics(query.cycleId(), query.groupBy(), groups);
    }

    private static String group(Document document, FindCycleStatistics.GroupBy groupBy) {
        String key = switch (groupBy) {
            case SUBDISTRICT -> document.getString("subdistrict");
            case INDUSTRY -> {
                String code = document.getString("industryCode");
                yield code == null ? null : code.substring(0, Math.min(3, code.length()));
            }
        };
        return key == null ? "UNKNOWN" : key;
    }

    private static <K> void count(Map<K, Long> counts, K key) {
        if (key != null) {
            counts.merge(key, 1L, Long::sum);
        }
    }

    private void profile(String creditCode, EnterpriseProfile profile) {
        Document row = new Document("_id", creditCode).append("name", profile.name())
                .append("subdistrict", profile.subdistrict() == null ? null : profile.subdistrict().name())
                .append("industryCode", profile.industry() == null ? null : profile.industry().code());
        enterprises.replace(row);
    }

    private void update(String creditCode, String cycleId, Change change) {
        collection.update(id(creditCode, cycleId), change);
        changed(creditCode, cycleId);
    }

    /**
     * Tells subscribers of the boards and queues about the row, and of the cycle's progress if anyone watches — once
     * the batch is stored, as the progress counts the whole cycle in the store.
     */
    private void changed(String creditCode, String cycleId) {
        Document document = collection.find(id(creditCode, cycleId));
        if (document == null) {
            return;
        }
        EvaluationSummary row = view(document);
        updateEmitter.emit(FindDisclosureBoard.class, query -> query.cycleId().equals(cycleId), row);
        updateEmitter.emit(FindObjectionsAwaitingReview.class,
                           query -> query.cycleId() == null || query.cycleId().equals(cycleId), row);
        updateEmitter.emit(FindDeclarationsAwaitingVerification.class,
                           query -> query.cycleId() == null || query.cycleId().equals(cycleId), row);
        boolean progressWatched = updateEmitter.activeSubscriptions().stream().anyMatch(
                subscription -> subscription.getPayload() instanceof FindCycleProgress watched
                        && watched.cycleId().equals(cycleId));
        if (progressWatched) {
            BatchedWrites.whenStored(FindCycleProgress.class.getName() + cycleId, () -> updateEmitter.emit(
                    FindCycleProgress.class, query -> query.cycleId().equals(cycleId),
                    handle(new FindCycleProgress(cycleId))));
        }
    }

    private EvaluationList list(Bson filter, Bson order) {
        List<EvaluationSummary> rows = new ArrayList<>();
        collection.stored().find(filter).sort(order).forEach(document -> rows.add(view(document)));
        return new EvaluationList(rows);
    }

    private static Bson onBoard(String cycleId) {
        return Filters.and(Filters.eq("cycleId", cycleId), Filters.eq("state", EvaluationState.GRADED.name()),
                           Filters.eq("disclosureClosed", false));
    }

    private static Bson awaitingReview(String cycleId) {
        Bson open = Filters.in("objectionStatus", ObjectionStatus.FILED.name(), ObjectionStatus.UPHELD.name());
        return cycleId == null ? open : Filters.and(Filters.eq("cycleId", cycleId), open);
    }

    private static Bson awaitingVerification(String cycleId) {
        Bson open = Filters.and(Filters.eq("state", EvaluationState.VERIFICATION.name()),
                                Filters.exists("pendingItems.0"));
        return cycleId == null ? open : Filters.and(Filters.eq("cycleId", cycleId), open);
    }

    private static String id(String creditCode, String cycleId) {
        return creditCode + ":" + cycleId;
    }

    private static EvaluationSummary view(Document document) {
        Object total = document.get("preliminaryTotal");
        return new EvaluationSummary(document.getString("creditCode"), document.getString("enterpriseName"),
                                     document.getString("subdistrict"), document.getString("industryCode"),
                                     document.getString("cycleId"),
                                     Names.constant(EvaluationState.class, document.getString("state")),
                                     Dates.date(document.getString("periodFrom")),
                                     Dates.date(document.getString("periodTo")),
                                     Dates.date(document.getString("declarationDeadline")),
                                     Dates.date(document.getString("verificationDeadline")),
                                     document.getList("pendingItems", String.class),
                                     Dates.date(document.getString("disclosureStart")),
                                     Dates.date(document.getString("disclosureEnd")),
                                     Boolean.TRUE.equals(document.getBoolean("disclosureClosed")),
                                     document.getString("preliminaryDecisionId"), document.getString("preliminaryGrade"),
                                     total instanceof Decimal128 decimal ? decimal.bigDecimalValue()
                                          : total == null ? null : new BigDecimal(total.toString()),
                                     document.getString("reviewedGrade"), document.getString("finalDecisionId"),
                                     document.getString("finalGrade"), Dates.date(document.getString("publishedOn")),
                                     Boolean.TRUE.equals(document.getBoolean("publicationAnnounced")),
                                     Names.constant(ObjectionStatus.class, document.getString("objectionStatus")),
                                     Dates.date(document.getString("objectionFiledOn")),
                                     Dates.date(document.getString("reviewDeadline")),
                                     Boolean.TRUE.equals(document.getBoolean("reviewOverdue")),
                                     document.getString("objectionReason"));
    }
}
