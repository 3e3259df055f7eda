package org.greencredit.projections.dataerror;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Decimal128;
import org.greencredit.domain.dataerror.ReportState;
import org.greencredit.domain.dataerror.api.DataErrorCorrected;
import org.greencredit.domain.dataerror.api.DataErrorDecisionOverdue;
import org.greencredit.domain.dataerror.api.DataErrorReportRefused;
import org.greencredit.domain.dataerror.api.DataErrorReportWithdrawn;
import org.greencredit.domain.dataerror.api.DataErrorReported;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;
import org.greencredit.projections.support.Dates;
import org.greencredit.projections.support.Names;

/**
 * 数据纠错: one document per report. Each write sets values taken from the event alone, so an event applied twice
 * changes nothing. Reports are few beside facts and decisions, so one enterprise's are found by field.
 */
@ProcessingGroup(DataErrorReportsProjection.PROCESSING_GROUP)
public class DataErrorReportsProjection {

    public static final String PROCESSING_GROUP = "data-error-reports";
    public static final String COLLECTION = "data_error_reports";

    private final BatchedCollection collection;
    private final QueryUpdateEmitter updateEmitter;

    public DataErrorReportsProjection(MongoDatabase database, QueryUpdateEmitter updateEmitter) {
        this.collection = new BatchedCollection(database, COLLECTION);
        this.updateEmitter = updateEmitter;
        collection.stored().createIndex(Indexes.ascending("creditCode"));
        collection.stored().createIndex(Indexes.ascending("state", "decisionDeadline"));
    }

    @EventHandler
    void on(DataErrorReported event) {
        List<Document> evidence = new ArrayList<>();
        event.evidence().forEach(file -> evidence.add(
                new Document("name", file.name()).append("sha256", file.sha256()).append("sizeBytes", file.sizeBytes())
                                                 .append("mediaType", file.mediaType())));
        Document row = new Document("_id", event.reportId()).append("creditCode", event.creditCode())
                .append("factId", event.factId()).append("factType", event.factType().name())
                .append("factOccurredOn", Dates.text(event.factOccurredOn()))
                .append("factAttributes", new Document(event.factAttributes().asMap()))
                .append("reason", event.reason()).append("evidence", evidence)
                .append("reportedOn", Dates.text(event.reportedOn()))
                .append("decisionDeadline", Dates.text(event.decisionDeadline()))
                .append("fileSequence", event.fileSequence()).append("state", ReportState.OPEN.name())
                .append("closedOn", null)
                .append("refusalReason", null).append("correctionOutcome", null).append("note", null)
                .append("overdue", false);
        collection.replace(row);
        changed(event.reportId());
    }

    @EventHandler
    void on(DataErrorCorrected event) {
        update(event.reportId(), Change.combine(Change.set("state", ReportState.CORRECTED.name()),
                                                 Change.set("closedOn", Dates.text(event.resolvedOn())),
                                                 Change.set("correctionOutcome", event.outcome().name()),
                                                 Change.set("note", event.note())));
    }

    @EventHandler
    void on(DataErrorReportRefused event) {
        update(event.reportId(), Change.combine(Change.set("state", ReportState.REFUSED.name()),
                                                 Change.set("closedOn", Dates.text(event.refusedOn())),
                                                 Change.set("refusalReason", event.reason())));
    }

    @EventHandler
    void on(DataErrorReportWithdrawn event) {
        update(event.reportId(), Change.combine(Change.set("state", ReportState.WITHDRAWN.name()),
                                                 Change.set("closedOn", Dates.text(event.withdrawnOn()))));
    }

    @EventHandler
    void on(DataErrorDecisionOverdue event) {
        update(event.reportId(), Change.set("overdue", true));
    }

    @ResetHandler
    void reset() {
        collection.deleteAll();
    }

    @QueryHandler
    DataErrorReportList handle(FindOpenDataErrorReports query) {
        return list(Filters.eq("state", ReportState.OPEN.name()), Sorts.ascending("decisionDeadline", "_id"));
    }

    @QueryHandler
    DataErrorReportList handle(FindDataErrorReportsOf query) {
        return list(Filters.eq("creditCode", query.creditCode()), Sorts.descending("reportedOn", "_id"));
    }

    @QueryHandler
    DataErrorReportList handle(FindDataErrorReport query) {
        return list(Filters.eq("_id", query.reportId()), Sorts.ascending("_id"));
    }

    private DataErrorReportList list(Bson filter, Bson order) {
        List<DataErrorReportSummary> rows = new ArrayList<>();
        collection.stored().find(filter).sort(order).forEach(document -> rows.add(view(document)));
        return new DataErrorReportList(rows);
    }

    private void update(String reportId, Change change) {
        collection.update(reportId, change);
        changed(reportId);
    }

    private void changed(String reportId) {
        Document document = collection.find(reportId);
        if (document != null) {
            updateEmitter.emit(FindOpenDataErrorReports.class, query -> true, view(document));
        }
    }

    private static DataErrorReportSummary view(Document document) {
        List<DataErrorReportSummary.Evidence> evidence = new ArrayList<>();
        document.getList("evidence", Document.class).forEach(file -> evidence.add(new DataErrorReportSummary.Evidence(
                file.getString("name"), file.getString("sha256"), ((Number) file.get("sizeBytes")).longValue(),
                file.getString("mediaType"))));
        Map<String, Object> attributes = new LinkedHashMap<>();
        document.get("factAttributes", Document.class).forEach((name, value) -> attributes.put(
                name, value instanceof Decimal128 decimal ? decimal.bigDecimalValue() : value));
        return new DataErrorReportSummary(document.getString("_id"), document.getString("creditCode"),
                                          document.getString("factId"), document.getString("factType"),
                                          Dates.date(document.getString("factOccurredOn")), attributes,
                                          document.getString("reason"), evidence,
                                          Dates.date(document.getString("reportedOn")),
                                          Dates.date(document.getString("decisionDeadline")),
                                          ((Number) document.get("fileSequence")).longValue(),
                                          Names.constant(ReportState.class, document.getString("state")),
                                          Dates.date(document.getString("closedOn")),
                                          document.getString("refusalReason"), document.getString("correctionOutcome"),
                                          document.getString("note"), Boolean.TRUE.equals(document.getBoolean("overdue")));
    }
}
