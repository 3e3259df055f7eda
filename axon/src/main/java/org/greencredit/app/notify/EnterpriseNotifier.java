package org.greencredit.app.notify;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.bson.Document;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.DeclarationClosed;
import org.greencredit.domain.creditfile.api.DisclosureClosed;
import org.greencredit.domain.creditfile.api.EvaluationDisclosed;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.creditfile.api.ObjectionReviewOverdue;
import org.greencredit.domain.creditfile.api.ObjectionReviewed;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.RepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RepairRejected;
import org.greencredit.domain.fact.FactType;

/**
 * Tells an enterprise of every decision event of its credit file and of every deadline that concerns it, as the
 * events arrive (a tracking processor of its own, {@value #PROCESSING_GROUP}). Each notification's id is the id of
 * the event that caused it, so a replay or a redelivery finds it already made ({@link NotificationStore}).
 *
 * <p>It also keeps the enterprise's own deadlines ({@value #DEADLINES}) for the reminders: the procedure's deadline
 * list ({@code deadlines}) holds what the system acts on, per cycle, and has no rectification deadlines, whereas
 * these are per enterprise and include them. A disclosed preliminary grade is told when it is disclosed, not when it
 * is computed, so the grade is kept ({@value #PRELIMINARY}) until then. All events of one credit file reach this
 * handler in their order (the processor's segments follow the aggregate).
 */
@ProcessingGroup(EnterpriseNotifier.PROCESSING_GROUP)
public class EnterpriseNotifier {

    public static final String PROCESSING_GROUP = "notifications";
    public static final String DEADLINES = "notification_deadlines";
    public static final String PRELIMINARY = "notification_preliminary_grades";

    private final NotificationStore store;
    private final MongoCollection<Document> deadlines;
    private final MongoCollection<Document> preliminary;

    public EnterpriseNotifier(NotificationStore store, MongoDatabase database) {
        this.store = store;
        this.deadlines = database.getCollection(DEADLINES);
        this.preliminary = database.getCollection(PRELIMINARY);
    }

    @EventHandler
    void on(GradeDecided event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (event.kind() == DecisionKind.PRELIMINARY) {
            preliminary.replaceOne(eq("_id", event.creditCode() + ":" + event.cycleId()),
                                   new Document("_id", event.creditCode() + ":" + event.cycleId())
                                           .append("grade", event.decision().grade()),
                                   new ReplaceOptions().upsert(true));
            return;
        }
        store.notify(eventId, event.creditCode(), "notification.gradeDecided",
                     List.of("decisionKind." + event.kind().name(), event.decision().grade(),
                             event.decidedOn().toString()), at);
    }

    @EventHandler
    void on(EvaluationOpened event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        setDeadline(NoticeDeadline.DECLARATION, event.creditCode(), event.cycleId(), event.declarationDeadline());
        store.notify(eventId, event.creditCode(), "notification.evaluationOpened",
                     List.of(event.cycleId(), event.declarationDeadline().toString()), at);
    }

    @EventHandler
    void on(DeclarationClosed event) {
        meet(NoticeDeadline.DECLARATION, event.creditCode(), event.cycleId());
    }

    @EventHandler
    void on(EvaluationDisclosed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Document grade = preliminary.find(eq("_id", event.creditCode() + ":" + event.cycleId())).first();
        setDeadline(NoticeDeadline.OBJECTION, event.creditCode(), event.cycleId(), event.disclosureEnd());
        store.notify(eventId, event.creditCode(), "notification.preliminaryDisclosed",
                     List.of(grade == null ? "—" : grade.getString("grade"), event.disclosureStart().toString(),
                             event.disclosureEnd().toString()), at);
    }

    @EventHandler
    void on(DisclosureClosed event) {
        meet(NoticeDeadline.OBJECTION, event.creditCode(), event.cycleId());
    }

    @EventHandler
    void on(ObjectionFiled event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        meet(NoticeDeadline.OBJECTION, event.creditCode(), event.cycleId());
        setDeadline(NoticeDeadline.OBJECTION_REVIEW, event.creditCode(), event.cycleId(), event.reviewDeadline());
        store.notify(eventId, event.creditCode(), "notification.objectionFiled",
                     List.of(event.reviewDeadline().toString()), at);
    }

    @EventHandler
    void on(ObjectionReviewed event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        meet(NoticeDeadline.OBJECTION_REVIEW, event.creditCode(), event.cycleId());
        store.notify(eventId, event.creditCode(), "notification.objectionReviewed",
                     List.of("objectionStatus." + event.outcome().name(), event.reviewedOn().toString()), at);
    }

    @EventHandler
    void on(ObjectionReviewOverdue event) {
        meet(NoticeDeadline.OBJECTION_REVIEW, event.creditCode(), event.cycleId());
    }

    @EventHandler
    void on(RepairApplied event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        setDeadline(NoticeDeadline.REPAIR_DECISION, event.creditCode(), event.applicationId(),
                    event.decisionDeadline());
        store.notify(eventId, event.creditCode(), "notification.repairApplied",
                     List.of(event.decisionDeadline().toString()), at);
    }

    @EventHandler
    void on(RepairApproved event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        meet(NoticeDeadline.REPAIR_DECISION, event.creditCode(), event.applicationId());
        store.notify(eventId, event.creditCode(), "notification.repairApproved",
                     List.of(event.approvedOn().toString()), at);
    }

    @EventHandler
    void on(RepairRejected event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        meet(NoticeDeadline.REPAIR_DECISION, event.creditCode(), event.applicationId());
        store.notify(eventId, event.creditCode(), "notification.repairRejected",
                     List.of(event.rejectedOn().toString(), event.reason() == null ? "" : event.reason()), at);
    }

    @EventHandler
    void on(RepairDecisionOverdue event) {
        meet(NoticeDeadline.REPAIR_DECISION, event.creditCode(), event.applicationId());
    }

    /** 整改期限: a diagnosis finding sets one; the rectification that names the finding meets it. */
    @EventHandler
    void on(FactRecorded event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (event.type() == FactType.DIAGNOSIS_FINDING && event.attributes().has("deadline")) {
            LocalDate deadline = event.attributes().date("deadline");
            setDeadline(NoticeDeadline.RECTIFICATION, event.creditCode(), event.factId(), deadline);
            store.notify(eventId, event.creditCode(), "notification.rectificationDeadline",
                         List.of(deadline.toString()), at);
        } else if (event.type() == FactType.RECTIFICATION_COMPLETED && event.attributes().has("findingId")) {
            meet(NoticeDeadline.RECTIFICATION, event.creditCode(), event.attributes().text("findingId"));
        }
    }

    private void setDeadline(NoticeDeadline kind, String creditCode, String reference, LocalDate lastDay) {
        String id = kind.id(creditCode, reference);
        deadlines.replaceOne(eq("_id", id),
                             new Document("_id", id).append("kind", kind.name()).append("creditCode", creditCode)
                                     .append("reference", reference).append("lastDay", lastDay.toString())
                                     .append("met", false),
                             new ReplaceOptions().upsert(true));
    }

    private void meet(NoticeDeadline kind, String creditCode, String reference) {
        deadlines.updateOne(eq("_id", kind.id(creditCode, reference)), Updates.set("met", true));
    }
}
