package org.greencredit.projections.deadline;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.creditfile.api.ObjectionReviewOverdue;
import org.greencredit.domain.creditfile.api.ObjectionReviewed;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.RepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RepairRejected;
import org.greencredit.domain.cycle.api.CycleOpened;
import org.greencredit.domain.dataerror.api.DataErrorCorrected;
import org.greencredit.domain.dataerror.api.DataErrorDecisionOverdue;
import org.greencredit.domain.dataerror.api.DataErrorReportRefused;
import org.greencredit.domain.dataerror.api.DataErrorReportWithdrawn;
import org.greencredit.domain.dataerror.api.DataErrorReported;
import org.greencredit.domain.cycle.api.DeclarationPhaseClosed;
import org.greencredit.domain.cycle.api.DisclosurePhaseClosed;
import org.greencredit.domain.cycle.api.VerificationPhaseClosed;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;

/**
 * 期限台账: every deadline of the procedure with its last day and whether it has been met, kept from the events
 * that set and meet them. A sweep reads the ones that fell due and acts on them; because the list lives in the
 * read store and is rebuilt from events, a deadline survives restarts and one that fell due while the application
 * was down is found on the next start. Every write sets values taken from the event alone, so replaying changes
 * nothing.
 */
@ProcessingGroup(DeadlinesProjection.PROCESSING_GROUP)
public class DeadlinesProjection {

    public static final String PROCESSING_GROUP = "deadlines";
    public static final String COLLECTION = "deadlines";

    private final BatchedCollection deadlines;
    private final MongoCollection<Document> collection;
    private final CalendarSource calendar;

    public DeadlinesProjection(MongoDatabase database, CalendarSource calendar) {
        this.deadlines = new BatchedCollection(database, COLLECTION);
        this.collection = deadlines.stored();
        this.calendar = calendar;
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("met"), Indexes.ascending("lastDay")));
    }

    @EventHandler
    void on(CycleOpened event) {
        set(DeadlineKind.CYCLE_DECLARATION, event.cycleId(), null, null, event.schedule().declarationDeadline());
        set(DeadlineKind.CYCLE_VERIFICATION, event.cycleId(), null, null, event.schedule().verificationDeadline());
    }

    @EventHandler
    void on(DeclarationPhaseClosed event) {
        meet(id(DeadlineKind.CYCLE_DECLARATION, event.cycleId(), null, null));
    }

    @EventHandler
    void on(VerificationPhaseClosed event) {
        meet(id(DeadlineKind.CYCLE_VERIFICATION, event.cycleId(), null, null));
        set(DeadlineKind.CYCLE_DISCLOSURE, event.cycleId(), null, null, event.disclosureEnd());
    }

    @EventHandler
    void on(DisclosurePhaseClosed event) {
        meet(id(DeadlineKind.CYCLE_DISCLOSURE, event.cycleId(), null, null));
    }

    @EventHandler
    void on(ObjectionFiled event) {
        set(DeadlineKind.OBJECTION_REVIEW, event.cycleId(), event.creditCode(), null, event.reviewDeadline());
    }

    @EventHandler
    void on(ObjectionReviewed event) {
        meet(id(DeadlineKind.OBJECTION_REVIEW, event.cycleId(), event.creditCode(), null));
    }

    @EventHandler
    void on(ObjectionReviewOverdue event) {
        meet(id(DeadlineKind.OBJECTION_REVIEW, event.cycleId(), event.creditCode(), null));
    }

    @EventHandler
    void on(RepairApplied event) {
        set(DeadlineKind.REPAIR_DECISION, null, event.creditCode(), event.applicationId(), event.decisionDeadline());
    }

    @EventHandler
    void on(RepairApproved event) {
        meet(id(DeadlineKind.REPAIR_DECISION, null, event.creditCode(), event.applicationId()));
    }

    @EventHandler
    void on(RepairRejected event) {
        meet(id(DeadlineKind.REPAIR_DECISION, null, event.creditCode(), event.applicationId()));
    }

    @EventHandler
    void on(RepairDecisionOverdue event) {
        meet(id(DeadlineKind.REPAIR_DECISION, null, event.creditCode(), event.applicationId()));
    }

    @EventHandler
    void on(DataErrorReported event) {
        set(DeadlineKind.DATA_ERROR_DECISION, null, event.creditCode(), event.reportId(), event.decisionDeadline());
    }

    @EventHandler
    void on(DataErrorCorrected event) {
        meet(id(DeadlineKind.DATA_ERROR_DECISION, null, event.creditCode(), event.reportId()));
    }

    @EventHandler
    void on(DataErrorReportRefused event) {
        meet(id(DeadlineKind.DATA_ERROR_DECISION, null, event.creditCode(), event.reportId()));
    }

    @EventHandler
    void on(DataErrorReportWithdrawn event) {
        meet(id(DeadlineKind.DATA_ERROR_DECISION, null, event.creditCode(), event.reportId()));
    }

    @EventHandler
    void on(DataErrorDecisionOverdue event) {
        meet(id(DeadlineKind.DATA_ERROR_DECISION, null, event.creditCode(), event.reportId()));
    }

    @ResetHandler
    void reset() {
        deadlines.deleteAll();
    }

    @QueryHandler
    DeadlineList handle(FindDeadlinesDue query) {
        LocalDate horizon = query.workingDays() < 1
                ? query.today() : calendar.workingDays().after(query.today(), query.workingDays());
        List<Deadline> due = new ArrayList<>();
        collection.find(Filters.and(Filters.eq("met", false), Filters.lte("lastDay", horizon.toString())))
                  .sort(Sorts.ascending("lastDay", "_id"))
                  .forEach(document -> due.add(toDeadline(document)));
        return new DeadlineList(due);
    }

    /** Deadlines not met whose last day is before {@code today}, oldest first. */
    public List<Deadline> dueBefore(LocalDate today) {
        List<Deadline> due = new ArrayList<>();
        collection.find(Filters.and(Filters.eq("met", false), Filters.lt("lastDay", today.toString())))
                  .sort(Sorts.ascending("lastDay", "_id"))
                  .forEach(document -> due.add(toDeadline(document)));
        return due;
    }

    /** Every deadline, met or not, in the order of their last days. */
    public List<Deadline> all() {
        List<Deadline> all = new ArrayList<>();
        collection.find().sort(Sorts.ascending("lastDay", "_id")).forEach(document -> all.add(toDeadline(document)));
        return all;
    }

    /** Notes that acting on a due deadline was refused today, so the sweep does not try again until tomorrow. */
    public void recordRefusal(String deadlineId, LocalDate today, String refusalKey) {
        deadlines.update(deadlineId, Change.combine(Change.set("lastRefusedOn", today.toString()),
                                                    Change.set("lastRefusal", refusalKey)));
    }

    private void set(DeadlineKind kind, String cycleId, String creditCode, String applicationId, LocalDate lastDay) {
        String id = id(kind, cycleId, creditCode, applicationId);
        Document document = new Document("_id", id).append("kind", kind.name()).append("cycleId", cycleId)
                                                   .append("creditCode", creditCode)
                                                   .append("applicationId", applicationId)
                                                   .append("lastDay", lastDay.toString()).append("met", false);
        deadlines.replace(document);
    }

    private void meet(String id) {
        deadlines.update(id, Change.set("met", true));
    }

    private static String id(DeadlineKind kind, String cycleId, String creditCode, String applicationId) {
        return switch (kind) {
            case CYCLE_DECLARATION, CYCLE_VERIFICATION, CYCLE_DISCLOSURE -> kind + ":" + cycleId;
            case OBJECTION_REVIEW -> kind + ":" + creditCode + ":" + cycleId;
            case REPAIR_DECISION, DATA_ERROR_DECISION -> kind + ":" + creditCode + ":" + applicationId;
        };
    }

    private static Deadline toDeadline(Document document) {
        String refusedOn = document.getString("lastRefusedOn");
        return new Deadline(document.getString("_id"), DeadlineKind.valueOf(document.getString("kind")),
                            document.getString("cycleId"), document.getString("creditCode"),
                            document.getString("applicationId"), LocalDate.parse(document.getString("lastDay")),
                            document.getBoolean("met"), refusedOn == null ? null : LocalDate.parse(refusedOn),
                            document.getString("lastRefusal"));
    }
}
