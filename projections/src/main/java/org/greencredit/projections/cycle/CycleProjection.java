package org.greencredit.projections.cycle;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greencredit.domain.cycle.CyclePhase;
import org.greencredit.domain.cycle.api.CycleClosed;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.DisclosurePhaseClosed;
import org.greencredit.domain.cycle.api.EnterpriseExcludedFromCycle;
import org.greencredit.domain.cycle.api.FinalGradesPublished;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;
import org.greencredit.projections.support.Dates;
import org.greencredit.projections.support.Names;

/** 评价周期: one document per cycle with its phase and dates. Each write sets values taken from the event alone. */
@ProcessingGroup(CycleProjection.PROCESSING_GROUP)
public class CycleProjection {

    public static final String PROCESSING_GROUP = "cycles";
    public static final String COLLECTION = "cycles";

    private final BatchedCollection collection;

    public CycleProjection(MongoDatabase database) {
        this.collection = new BatchedCollection(database, COLLECTION);
    }

    @EventHandler
    void on(CycleOpened event) {
        Document row = new Document("_id", event.cycleId()).append("year", event.year()).append("name", event.name())
                .append("indicatorSystem", event.indicatorSystem()).append("indicatorVersion", event.indicatorVersion())
                .append("periodFrom", Dates.text(event.periodFrom())).append("periodTo", Dates.text(event.periodTo()))
                .append("phase", CyclePhase.DECLARATION.name())
                .append("openedOn", Dates.text(event.schedule().openedOn()))
                .append("declarationDeadline", Dates.text(event.schedule().declarationDeadline()))
                .append("verificationDeadline", Dates.text(event.schedule().verificationDeadline()))
                .append("disclosureStart", Dates.text(event.schedule().disclosureStart()))
                .append("disclosureEnd", Dates.text(event.schedule().disclosureEnd()))
                .append("batchSize", event.creditCodes().size()).append("excluded", List.of());
        collection.replace(row);
    }

    @EventHandler
    void on(EnterpriseExcludedFromCycle event) {
        update(event.cycleId(), Change.addToSet("excluded", new Document("creditCode", event.creditCode())
                .append("reason", event.reason())));
    }

    @EventHandler
    void on(DeclarationPhaseClosed event) {
        update(event.cycleId(), Change.set("phase", CyclePhase.VERIFICATION.name()));
    }

    @EventHandler
    void on(VerificationPhaseClosed event) {
        update(event.cycleId(), Change.combine(Change.set("phase", CyclePhase.DISCLOSURE.name()),
                                                Change.set("disclosureStart", Dates.text(event.disclosureStart())),
                                                Change.set("disclosureEnd", Dates.text(event.disclosureEnd()))));
    }

    @EventHandler
    void on(DisclosurePhaseClosed event) {
        update(event.cycleId(), Change.set("phase", CyclePhase.REVIEW.name()));
    }

    @EventHandler
    void on(FinalGradesPublished event) {
        update(event.cycleId(), Change.combine(Change.set("phase", CyclePhase.PUBLISHED.name()),
                                                Change.set("publishedOn", Dates.text(event.publishedOn()))));
    }

    @EventHandler
    void on(CycleClosed event) {
        update(event.cycleId(), Change.combine(Change.set("phase", CyclePhase.CLOSED.name()),
                                                Change.set("closedOn", Dates.text(event.closedOn()))));
    }

    @ResetHandler
    void reset() {
        collection.deleteAll();
    }

    @QueryHandler
    CycleList handle(FindCycles query) {
        List<CycleSummary> cycles = new ArrayList<>();
        collection.stored().find().sort(Sorts.descending("openedOn", "_id")).forEach(document -> cycles.add(view(document)));
        return new CycleList(cycles);
    }

    @QueryHandler
    CycleSummary handle(FindCycle query) {
        Document document = collection.stored().find(Filters.eq("_id", query.cycleId())).first();
        return document == null ? null : view(document);
    }

    private void update(String cycleId, Change change) {
        collection.update(cycleId, change);
    }

    private static CycleSummary view(Document document) {
        List<CycleSummary.Exclusion> excluded = new ArrayList<>();
        document.getList("excluded", Document.class).forEach(exclusion -> excluded.add(
                new CycleSummary.Exclusion(exclusion.getString("creditCode"), exclusion.getString("reason"))));
        return new CycleSummary(document.getString("_id"), document.getInteger("year"), document.getString("name"),
                                document.getString("indicatorSystem"), document.getString("indicatorVersion"),
                                Dates.date(document.getString("periodFrom")), Dates.date(document.getString("periodTo")),
                                Names.constant(CyclePhase.class, document.getString("phase")),
                                Dates.date(document.getString("openedOn")),
                                Dates.date(document.getString("declarationDeadline")),
                                Dates.date(document.getString("verificationDeadline")),
                                Dates.date(document.getString("disclosureStart")),
                                Dates.date(document.getString("disclosureEnd")),
                                Dates.date(document.getString("publishedOn")), Dates.date(document.getString("closedOn")),
                                document.getInteger("batchSize"), excluded);
    }
}
