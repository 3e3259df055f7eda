package org.greencredit.projections.inspector;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.greencredit.domain.inspector.api.InspectorDeactivated;
import org.greencredit.domain.inspector.api.InspectorDetailsChanged;
import org.greencredit.domain.inspector.api.InspectorReactivated;
import org.greencredit.domain.inspector.api.InspectorRecusalDeclared;
import org.greencredit.domain.inspector.api.InspectorRecusalWithdrawn;
import org.greencredit.domain.inspector.api.InspectorRegistered;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;
import org.greencredit.projections.support.Dates;

/**
 * 执法人员名录: one document per inspector keyed by its id, its recusals embedded by credit code. Every event is one
 * write, applied only when its sequence number is past the one the document last took (the registration only when
 * the document does not exist yet), so an event delivered again changes nothing, even after later ones. Each change
 * is emitted to the subscribers of {@link FindInspectors}.
 */
@ProcessingGroup(InspectorsProjection.PROCESSING_GROUP)
public class InspectorsProjection {

    public static final String PROCESSING_GROUP = "inspectors";
    public static final String COLLECTION = "inspectors";

    private final BatchedCollection inspectors;
    private final MongoCollection<Document> collection;
    private final QueryUpdateEmitter updateEmitter;

    public InspectorsProjection(MongoDatabase database, QueryUpdateEmitter updateEmitter) {
        this.inspectors = new BatchedCollection(database, COLLECTION);
        this.collection = inspectors.stored();
        this.updateEmitter = updateEmitter;
        collection.createIndex(Indexes.ascending("username"));
    }

    @EventHandler
    void on(InspectorRegistered event, @SequenceNumber long sequence) {
        if (inspectors.find(event.inspectorId()) == null) {
            inspectors.replace(new Document("_id", event.inspectorId()).append("name", event.name())
                    .append("department", event.department()).append("certificateNumber", event.certificateNumber())
                    .append("username", event.username()).append("active", true).append("statusReason", null)
                    .append("statusChangedOn", null).append("registeredOn", Dates.text(event.registeredOn()))
                    .append("recusals", new Document()).append("sequence", sequence));
        }
        emit(event.inspectorId());
    }

    @EventHandler
    void on(InspectorDetailsChanged event, @SequenceNumber long sequence) {
        apply(event.inspectorId(), sequence, Change.set("name", event.name()),
              Change.set("department", event.department()),
              Change.set("certificateNumber", event.certificateNumber()), Change.set("username", event.username()));
    }

    @EventHandler
    void on(InspectorDeactivated event, @SequenceNumber long sequence) {
        apply(event.inspectorId(), sequence, Change.set("active", false), Change.set("statusReason", event.reason()),
              Change.set("statusChangedOn", Dates.text(event.deactivatedOn())));
    }

    @EventHandler
    void on(InspectorReactivated event, @SequenceNumber long sequence) {
        apply(event.inspectorId(), sequence, Change.set("active", true), Change.set("statusReason", event.reason()),
              Change.set("statusChangedOn", Dates.text(event.reactivatedOn())));
    }

    @EventHandler
    void on(InspectorRecusalDeclared event, @SequenceNumber long sequence) {
        apply(event.inspectorId(), sequence, Change.set("recusals." + event.creditCode(),
                                                        new Document("reason", event.reason())
                                                                .append("declaredOn", Dates.text(event.declaredOn()))));
    }

    @EventHandler
    void on(InspectorRecusalWithdrawn event, @SequenceNumber long sequence) {
        apply(event.inspectorId(), sequence, Change.unset("recusals." + event.creditCode()));
    }

    private void apply(String inspectorId, long sequence, Change... changes) {
        Document inspector = inspectors.find(inspectorId);
        if (inspector != null && inspector.get("sequence", Number.class).longValue() < sequence) {
            inspectors.update(inspectorId, Change.combine(Change.combine(changes), Change.set("sequence", sequence)));
        }
        emit(inspectorId);
    }

    /** The administration view watches the directory with a subscription to {@link FindInspectors}. */
    private void emit(String inspectorId) {
        Document inspector = inspectors.find(inspectorId);
        if (inspector != null) {
            updateEmitter.emit(FindInspectors.class, query -> true, toView(inspector));
        }
    }

    @ResetHandler
    void reset() {
        inspectors.deleteAll();
    }

    @QueryHandler
    InspectorsOnDuty handle(FindInspectorsOnDuty query) {
        List<InspectorOnDuty> onDuty = new ArrayList<>();
        collection.find(eq("active", true)).sort(Sorts.ascending("_id")).forEach(document -> {
            InspectorSummary inspector = toView(document);
            onDuty.add(new InspectorOnDuty(inspector.inspectorId(), inspector.name(), inspector.department(),
                                           inspector.certificateNumber(),
                                           inspector.recusals().stream().map(InspectorRecusal::creditCode).toList()));
        });
        return new InspectorsOnDuty(onDuty);
    }

    @QueryHandler
    InspectorList handle(FindInspectors query) {
        List<InspectorSummary> inspectors = new ArrayList<>();
        collection.find().sort(Sorts.ascending("_id")).forEach(document -> inspectors.add(toView(document)));
        return new InspectorList(inspectors);
    }

    @QueryHandler
    InspectorSummary handle(FindInspectorByUsername query) {
        Document inspector = collection.find(eq("username", query.username()))
                                       .sort(Sorts.orderBy(Sorts.descending("active"), Sorts.ascending("_id")))
                                       .first();
        return inspector == null ? null : toView(inspector);
    }

    private static InspectorSummary toView(Document inspector) {
        Document recusals = inspector.get("recusals", Document.class);
        List<InspectorRecusal> sorted = recusals.keySet().stream().sorted().map(code -> {
            Document recusal = recusals.get(code, Document.class);
            return new InspectorRecusal(code, recusal.getString("reason"), Dates.date(recusal.getString("declaredOn")));
        }).toList();
        return new InspectorSummary(inspector.getString("_id"), inspector.getString("name"),
                                    inspector.getString("department"), inspector.getString("certificateNumber"),
                                    inspector.getString("username"), inspector.getBoolean("active"),
                                    inspector.getString("statusReason"), Dates.date(inspector.getString("statusChangedOn")),
                                    Dates.date(inspector.getString("registeredOn")), sorted);
    }
}
