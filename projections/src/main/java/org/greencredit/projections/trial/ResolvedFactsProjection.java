package org.greencredit.projections.trial;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.domain.common.CanonicalJson;
import org.greencredit.domain.creditfile.DecisionHistory;
import org.greencredit.domain.creditfile.FactLedger;
import org.greencredit.domain.creditfile.RecordedDecision;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DeclaredItemsLapsed;
import org.greencredit.domain.creditfile.api.EnterpriseIncludedInBatch;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.trial.TrialPopulation;
import org.greencredit.domain.trial.TrialSubject;
import org.greencredit.projections.batch.BatchedCollection;

/**
 * 已认定信用信息 (the 试评价 read model): per enterprise the facts that count, resolved by the credit file's own
 * {@link FactLedger} from the same events, so a trial scores exactly what a decision made now would score; with what
 * a population is chosen by (street, industry, management class, batches, left scope) and the decisions that put a
 * grade in force. One document per enterprise, keyed by credit code, replaced whole and guarded by the event's
 * sequence number: a redelivered event changes nothing and a crash leaves no half-written state.
 *
 * <p>A trial reads the whole collection once (a full scan, also on the embedded server that has no secondary
 * indexes) and parses only the resolved facts, not the ledger.
 */
@ProcessingGroup(ResolvedFactsProjection.PROCESSING_GROUP)
public class ResolvedFactsProjection {

    public static final String PROCESSING_GROUP = "resolved-facts";
    public static final String COLLECTION = "resolved_facts";

    private final BatchedCollection collection;

    public ResolvedFactsProjection(MongoDatabase database) {
        this.collection = new BatchedCollection(database, COLLECTION);
    }

    @EventHandler
    void on(EnterpriseRegistered event, @SequenceNumber Long sequence) {
        update(event.creditCode(), sequence, document -> profile(document, event.profile()));
    }

    @EventHandler
    void on(EnterpriseProfileChanged event, @SequenceNumber Long sequence) {
        update(event.creditCode(), sequence, document -> profile(document, event.profile()));
    }

    @EventHandler
    void on(EnterpriseIncludedInBatch event, @SequenceNumber Long sequence) {
        update(event.creditCode(), sequence, document -> {
            List<String> batches = new ArrayList<>(document.getList("batches", String.class, List.of()));
            if (!batches.contains(event.batchCode())) {
                batches.add(event.batchCode());
            }
            document.put("batches", batches);
        });
    }

    @EventHandler
    void on(EnterpriseLeftScope event, @SequenceNumber Long sequence) {
        update(event.creditCode(), sequence, document -> document.put("leftScope", true));
    }

    @EventHandler
    void on(FactRecorded event, @SequenceNumber Long sequence) {
        ledger(event.creditCode(), sequence, event);
    }

    @EventHandler
    void on(ViolationCorrected event, @SequenceNumber Long sequence) {
        ledger(event.creditCode(), sequence, event);
    }

    @EventHandler
    void on(ItemDeclared event, @SequenceNumber Long sequence) {
        ledger(event.creditCode(), sequence, event);
    }

    @EventHandler
    void on(DeclaredItemVerified event, @SequenceNumber Long sequence) {
        ledger(event.creditCode(), sequence, event);
    }

    @EventHandler
    void on(DeclaredItemsLapsed event, @SequenceNumber Long sequence) {
        ledger(event.creditCode(), sequence, event);
    }

    @EventHandler
    void on(RepairApproved event, @SequenceNumber Long sequence) {
        ledger(event.creditCode(), sequence, event);
    }

    @EventHandler
    void on(GradeDecided event, @SequenceNumber Long sequence) {
        if (!event.kind().inForce()) {
            return;
        }
        update(event.creditCode(), sequence, document -> {
            List<String> decisions = new ArrayList<>(document.getList("decisions", String.class, List.of()));
            decisions.add(CanonicalJson.write(event));
            document.put("decisions", decisions);
        });
    }

    @ResetHandler
    void reset() {
        collection.deleteAll();
    }

    @QueryHandler
    TrialPopulationFacts handle(FindTrialPopulation query) {
        List<String> fields = new ArrayList<>(List.of("facts"));
        if (query.inForceOn() != null) {
            fields.add("decisions");
        }
        List<TrialSubject> subjects = new ArrayList<>();
        collection.stored().find(filter(query.population())).projection(Projections.include(fields))
                  .forEach(document -> subjects.add(new TrialSubject(
                          document.getString("_id"), facts(document.getString("facts")),
                          query.inForceOn() == null ? null : inForce(document, query.inForceOn()))));
        subjects.sort(Comparator.comparing(TrialSubject::creditCode));
        return new TrialPopulationFacts(subjects);
    }

    private static Bson filter(TrialPopulation population) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.ne("leftScope", true));
        conditions.add(Filters.exists("name"));
        switch (population.kind()) {
            case DISTRICT -> { }
            case BATCH -> conditions.add(Filters.eq("batches", population.batchCode()));
            case FILTER -> {
                if (population.subdistrict() != null) {
                    conditions.add(Filters.eq("subdistrict", population.subdistrict().name()));
                }
                if (population.industryPrefix() != null && !population.industryPrefix().isBlank()) {
                    conditions.add(Filters.regex("industry", "^" + Pattern.quote(
                            population.industryPrefix().strip())));
                }
                if (population.managementClass() != null) {
                    conditions.add(Filters.eq("managementClass", population.managementClass().name()));
                }
            }
        }
        return Filters.and(conditions);
    }

    private static List<ResolvedFact> facts(String json) {
        return json == null ? List.of() : List.of(CanonicalJson.read(json, ResolvedFact[].class));
    }

    private static GradeDecision inForce(Document document, LocalDate day) {
        List<GradeDecided> decided = document.getList("decisions", String.class, List.of()).stream()
                .map(json -> CanonicalJson.read(json, GradeDecided.class)).toList();
        return DecisionHistory.of(decided).inForceOn(day).map(RecordedDecision::decision).orElse(null);
    }

    private static void profile(Document document, EnterpriseProfile profile) {
        document.put("name", profile.name());
        document.put("subdistrict", profile.subdistrict() == null ? null : profile.subdistrict().name());
        document.put("industry", profile.industry() == null ? null : profile.industry().code());
        document.put("managementClass", profile.managementClass() == null ? null : profile.managementClass().name());
    }

    private void ledger(String creditCode, long sequence, Object event) {
        update(creditCode, sequence, document -> {
            String stored = document.getString("ledger");
            FactLedger ledger = stored == null ? new FactLedger() : CanonicalJson.read(stored, FactLedger.class);
            ledger.applyEvent(event);
            document.put("ledger", CanonicalJson.write(ledger));
            document.put("facts", CanonicalJson.write(ledger.resolved()));
        });
    }

    /** Applies a change to the enterprise's document unless the document has already seen this event. */
    private void update(String creditCode, long sequence, Consumer<Document> change) {
        Document document = collection.find(creditCode);
        if (document == null) {
            document = new Document("_id", creditCode);
        } else if (document.getLong("sequence") != null && document.getLong("sequence") >= sequence) {
            return;
        }
        change.accept(document);
        document.put("sequence", sequence);
        collection.replace(document);
    }
}
