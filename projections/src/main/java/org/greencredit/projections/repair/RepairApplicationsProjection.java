package org.greencredit.projections.repair;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.RepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RepairRejected;
import org.greencredit.projections.support.Dates;

/** 信用修复申请: one document per application. Each write sets values taken from the event alone. */
@ProcessingGroup(RepairApplicationsProjection.PROCESSING_GROUP)
public class RepairApplicationsProjection {

    public static final String PROCESSING_GROUP = "repair-applications";
    public static final String COLLECTION = "repair_applications";

    private final MongoCollection<Document> collection;
    private final QueryUpdateEmitter updateEmitter;

    public RepairApplicationsProjection(MongoDatabase database, QueryUpdateEmitter updateEmitter) {
        this.collection = database.getCollection(COLLECTION);
        this.updateEmitter = updateEmitter;
    }

    @EventHandler
    void on(RepairApplied event) {
        List<Document> conditions = new ArrayList<>();
        event.conditions().forEach(condition -> conditions.add(
                new Document("condition", condition.condition()).append("holds", condition.holds())
                        .append("details", condition.details())));
        Document row = new Document("_id", event.applicationId()).append("creditCode", event.creditCode())
                .append("factIds", event.factIds())
                .append("evidenceDocumentNo", event.evidence() == null ? null : event.evidence().documentNo())
                .append("evidenceDescription", event.evidence() == null ? null : event.evidence().description())
                .append("commitment", event.commitment()).append("conditions", conditions)
                .append("appliedOn", Dates.text(event.appliedOn()))
                .append("decisionDeadline", Dates.text(event.decisionDeadline())).append("status", "PENDING")
                .append("decidedOn", null).append("rejectionReason", null).append("overdue", false);
        collection.replaceOne(Filters.eq("_id", event.applicationId()), row, new ReplaceOptions().upsert(true));
        changed(event.applicationId());
    }

    @EventHandler
    void on(RepairApproved event) {
        update(event.applicationId(), Updates.combine(Updates.set("status", "APPROVED"),
                                                      Updates.set("decidedOn", Dates.text(event.approvedOn()))));
    }

    @EventHandler
    void on(RepairRejected event) {
        update(event.applicationId(), Updates.combine(Updates.set("status", "REJECTED"),
                                                      Updates.set("decidedOn", Dates.text(event.rejectedOn())),
                                                      Updates.set("rejectionReason", event.reason())));
    }

    @EventHandler
    void on(RepairDecisionOverdue event) {
        update(event.applicationId(), Updates.set("overdue", true));
    }

    @ResetHandler
    void reset() {
        collection.deleteMany(new Document());
    }

    @QueryHandler
    RepairApplicationList handle(FindRepairApplicationsAwaitingDecision query) {
        return list(Filters.eq("status", "PENDING"), Sorts.ascending("decisionDeadline", "_id"));
    }

    @QueryHandler
    RepairApplicationList handle(FindRepairApplicationsOf query) {
        return list(Filters.eq("creditCode", query.creditCode()), Sorts.descending("appliedOn", "_id"));
    }

    private RepairApplicationList list(Bson filter, Bson order) {
        List<RepairApplicationView> rows = new ArrayList<>();
        collection.find(filter).sort(order).forEach(document -> rows.add(view(document)));
        return new RepairApplicationList(rows);
    }

    private void update(String applicationId, Bson change) {
        collection.updateOne(Filters.eq("_id", applicationId), change);
        changed(applicationId);
    }

    private void changed(String applicationId) {
        Document document = collection.find(Filters.eq("_id", applicationId)).first();
        if (document != null) {
            updateEmitter.emit(FindRepairApplicationsAwaitingDecision.class, query -> true, view(document));
        }
    }

    private static RepairApplicationView view(Document document) {
        List<RepairApplicationView.Condition> conditions = new ArrayList<>();
        document.getList("conditions", Document.class).forEach(condition -> conditions.add(
                new RepairApplicationView.Condition(condition.getString("condition"), condition.getBoolean("holds"),
                                                    condition.getList("details", String.class))));
        return new RepairApplicationView(document.getString("_id"), document.getString("creditCode"),
                                         document.getList("factIds", String.class),
                                         document.getString("evidenceDocumentNo"),
                                         document.getString("evidenceDescription"), document.getString("commitment"),
                                         conditions, Dates.date(document.getString("appliedOn")),
                                         Dates.date(document.getString("decisionDeadline")),
                                         document.getString("status"), Dates.date(document.getString("decidedOn")),
                                         document.getString("rejectionReason"),
                                         Boolean.TRUE.equals(document.getBoolean("overdue")));
    }
}
