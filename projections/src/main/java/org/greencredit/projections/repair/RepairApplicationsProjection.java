package org.greencredit.projections.repair;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.domain.creditfile.RepairStatus;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.RepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RepairRejected;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;
import org.greencredit.projections.support.Dates;
import org.greencredit.projections.support.Names;

/** 信用修复申请: one document per application. Each write sets values taken from the event alone. */
@ProcessingGroup(RepairApplicationsProjection.PROCESSING_GROUP)
public class RepairApplicationsProjection {

    public static final String PROCESSING_GROUP = "repair-applications";
    public static final String COLLECTION = "repair_applications";

    private final BatchedCollection collection;
    private final QueryUpdateEmitter updateEmitter;

    public RepairApplicationsProjection(MongoDatabase database, QueryUpdateEmitter updateEmitter) {
        this.collection = new BatchedCollection(database, COLLECTION);
        this.updateEmitter = updateEmitter;
    }

    @EventHandler
    void on(RepairApplied event) {
        List<Document> conditions = new ArrayList<>();
        event.conditions().forEach(condition -> conditions.add(
                new Document("condition", condition.condition().name()).append("holds", condition.holds())
                        .append("details", condition.details())));
        Document row = new Document("_id", event.applicationId()).append("creditCode", event.creditCode())
                .append("factIds", event.factIds())
                .append("evidenceDocumentNo", event.evidence() == null ? null : event.evidence().documentNo())
                .append("evidenceDescription", event.evidence() == null ? null : event.evidence().description())
                .append("commitment", event.commitment()).append("conditions", conditions)
                .append("appliedOn", Dates.text(event.appliedOn()))
                .append("decisionDeadline", Dates.text(event.decisionDeadline()))
                .append("status", RepairStatus.PENDING.name())
                .append("decidedOn", null).append("rejectionReason", null).append("overdue", false);
        collection.replace(row);
        changed(event.applicationId());
    }

    @EventHandler
    void on(RepairApproved event) {
        update(event.applicationId(), Change.combine(Change.set("status", RepairStatus.APPROVED.name()),
                                                      Change.set("decidedOn", Dates.text(event.approvedOn()))));
    }

    @EventHandler
    void on(RepairRejected event) {
        update(event.applicationId(), Change.combine(Change.set("status", RepairStatus.REJECTED.name()),
                                                      Change.set("decidedOn", Dates.text(event.rejectedOn())),
                                                      Change.set("rejectionReason", event.reason())));
    }

    @EventHandler
    void on(RepairDecisionOverdue event) {
        update(event.applicationId(), Change.set("overdue", true));
    }

    @ResetHandler
    void reset() {
        collection.deleteAll();
    }

    @QueryHandler
    RepairApplicationList handle(FindRepairApplicationsAwaitingDecision query) {
        return list(awaitingDecision(), Sorts.ascending("decisionDeadline", "_id"));
    }

    @QueryHandler
    Long handle(CountRepairApplicationsAwaitingDecision query) {
        return collection.stored().countDocuments(awaitingDecision());
    }

    private static Bson awaitingDecision() {
        return Filters.eq("status", RepairStatus.PENDING.name());
    }

    @QueryHandler
    RepairApplicationList handle(FindRepairApplicationsOf query) {
        return list(Filters.eq("creditCode", query.creditCode()), Sorts.descending("appliedOn", "_id"));
    }

    private RepairApplicationList list(Bson filter, Bson order) {
        List<RepairApplicationSummary> rows = new ArrayList<>();
        collection.stored().find(filter).sort(order).forEach(document -> rows.add(view(document)));
        return new RepairApplicationList(rows);
    }

    private void update(String applicationId, Change change) {
        collection.update(applicationId, change);
        changed(applicationId);
    }

    private void changed(String applicationId) {
        Document document = collection.find(applicationId);
        if (document != null) {
            updateEmitter.emit(FindRepairApplicationsAwaitingDecision.class, query -> true, view(document));
        }
    }

    private static RepairApplicationSummary view(Document document) {
        List<RepairApplicationSummary.Condition> conditions = new ArrayList<>();
        document.getList("conditions", Document.class).forEach(condition -> conditions.add(
                new RepairApplicationSummary.Condition(condition.getString("condition"), condition.getBoolean("holds"),
                                                       condition.getList("details", String.class))));
        return new RepairApplicationSummary(document.getString("_id"), document.getString("creditCode"),
                                            document.getList("factIds", String.class),
                                            document.getString("evidenceDocumentNo"),
                                            document.getString("evidenceDescription"), document.getString("commitment"),
                                            conditions, Dates.date(document.getString("appliedOn")),
                                            Dates.date(document.getString("decisionDeadline")),
                                            Names.constant(RepairStatus.class, document.getString("status")),
                                            Dates.date(document.getString("decidedOn")),
                                            document.getString("rejectionReason"),
                                            Boolean.TRUE.equals(document.getBoolean("overdue")));
    }
}
