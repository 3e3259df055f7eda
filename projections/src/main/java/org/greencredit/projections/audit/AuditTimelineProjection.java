package org.greencredit.projections.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.domain.access.api.AccountLockedOut;
import org.greencredit.domain.access.api.SignInFailed;
import org.greencredit.domain.access.api.SignInSucceeded;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.intake.api.ImportCompleted;
import org.greencredit.domain.intake.api.ImportCounts;
import org.greencredit.domain.intake.api.ImportStarted;
import org.greencredit.domain.actor.Actor;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.support.Dates;

/**
 * 审计时间线: every event in the store, one document each keyed by the event's identifier — its stream, position,
 * type, business date, recording time and actor — so auditors can follow any enterprise, person or period. Sign-in
 * events belong to no aggregate (Axon Server hands them over as plain event messages, the embedded store as a
 * stream of their own); their rows carry the user name tried, address, channel and reason instead of a stream.
 */
@ProcessingGroup(AuditTimelineProjection.PROCESSING_GROUP)
public class AuditTimelineProjection {

    public static final String PROCESSING_GROUP = "audit-timeline";
    public static final String COLLECTION = "audit_timeline";

    /** The record components that carry an event's business date, the first present one winning. */
    private static final List<String> BUSINESS_DATES = List.of(
            "occurredOn", "decidedOn", "verifiedOn", "effectiveOn", "includedOn", "leftOn", "filedOn", "reviewedOn",
            "appliedOn", "approvedOn", "rejectedOn", "closedOn", "completedOn", "lapsedOn", "announcedOn",
            "publishedOn", "dueOn", "gradedAsOf", "disclosureStart", "establishedOn", "effectiveFrom", "retiredOn",
            "reportedOn", "resolvedOn", "refusedOn", "withdrawnOn");

    private final BatchedCollection rows;
    private final MongoCollection<Document> collection;

    public AuditTimelineProjection(MongoDatabase database) {
        this.rows = new BatchedCollection(database, COLLECTION);
        this.collection = rows.stored();
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("recordedAt"), Indexes.ascending("aggregateId"),
                                                     Indexes.ascending("sequence")));
        collection.createIndex(Indexes.ascending("creditCode"));
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        Object source = component(payload, "source");
        Object creditCode = component(payload, "creditCode");
        Document row = new Document("_id", message.getIdentifier()).append("aggregateType", message.getType())
                .append("aggregateId", message.getAggregateIdentifier())
                .append("sequence", message.getSequenceNumber())
                .append("eventType", payload.getClass().getSimpleName())
                .append("creditCode", creditCode == null ? null : creditCode.toString())
                .append("businessDate", Dates.text(businessDate(payload)))
                .append("recordedAt", Date.from(message.getTimestamp()))
                .append("actorId", text(metaData.get(Actor.ID))).append("actorRole", text(metaData.get(Actor.ROLE)))
                .append("actorDepartment", text(metaData.get(Actor.DEPARTMENT)))
                .append("actorCreditCode", text(metaData.get(Actor.CREDIT_CODE)))
                .append("source", source instanceof Enum<?> kind ? kind.name() : null)
                .append("import", imported(payload));
        rows.replace(row);
    }

    @EventHandler
    void on(SignInSucceeded event, EventMessage<?> message) {
        signIn(message, new Document("username", event.username()).append("clientAddress", event.clientAddress())
                                                                  .append("channel", event.channel().name()));
    }

    @EventHandler
    void on(SignInFailed event, EventMessage<?> message) {
        signIn(message, new Document("username", event.username()).append("clientAddress", event.clientAddress())
                                                                  .append("channel", event.channel().name())
                                                                  .append("reason", event.reason().name()));
    }

    @EventHandler
    void on(AccountLockedOut event, EventMessage<?> message) {
        signIn(message, new Document("username", event.username()).append("clientAddress", event.clientAddress())
                                                                  .append("channel", event.channel().name())
                                                                  .append("lockedUntil", Date.from(event.lockedUntil())));
    }

    private void signIn(EventMessage<?> message, Document details) {
        MetaData metaData = message.getMetaData();
        Document row = new Document("_id", message.getIdentifier()).append("aggregateType", null)
                .append("aggregateId", null).append("sequence", 0L)
                .append("eventType", message.getPayloadType().getSimpleName()).append("creditCode", null)
                .append("businessDate", null).append("recordedAt", Date.from(message.getTimestamp()))
                .append("actorId", text(metaData.get(Actor.ID))).append("actorRole", text(metaData.get(Actor.ROLE)))
                .append("actorDepartment", text(metaData.get(Actor.DEPARTMENT)))
                .append("actorCreditCode", text(metaData.get(Actor.CREDIT_CODE))).append("source", null)
                .append("signIn", details);
        rows.replace(row);
    }

    @ResetHandler
    void reset() {
        rows.deleteAll();
    }

    @QueryHandler
    AuditTimelinePage handle(FindAuditTimeline query) {
        List<AuditEntry> entries = new ArrayList<>();
        collection.find(filter(query.filter()))
                  .sort(Sorts.ascending("recordedAt", "aggregateId", "sequence"))
                  .skip(query.offset()).limit(query.limit())
                  .forEach(document -> entries.add(entry(document)));
        return new AuditTimelinePage(entries);
    }

    @QueryHandler
    Long handle(CountAuditEntries query) {
        return collection.countDocuments(filter(query.filter()));
    }

    private static Bson filter(AuditFilter filter) {
        List<Bson> parts = new ArrayList<>();
        if (filter.creditCode() != null) {
            parts.add(Filters.or(Filters.eq("aggregateId", filter.creditCode()),
                                 Filters.eq("creditCode", filter.creditCode())));
        }
        equal(parts, "aggregateType", filter.aggregateType());
        equal(parts, "eventType", filter.eventType());
        if (filter.actorId() != null && !filter.actorId().isBlank()) {
            parts.add(Filters.or(Filters.eq("actorId", filter.actorId()),
                                 Filters.eq("signIn.username", filter.actorId())));
        }
        equal(parts, "actorRole", filter.actorRole());
        equal(parts, "actorDepartment", filter.actorDepartment());
        if (filter.recordedFrom() != null) {
            parts.add(Filters.gte("recordedAt", Date.from(filter.recordedFrom())));
        }
        if (filter.recordedTo() != null) {
            parts.add(Filters.lte("recordedAt", Date.from(filter.recordedTo())));
        }
        if (filter.businessFrom() != null) {
            parts.add(Filters.gte("businessDate", Dates.text(filter.businessFrom())));
        }
        if (filter.businessTo() != null) {
            parts.add(Filters.lte("businessDate", Dates.text(filter.businessTo())));
        }
        return parts.isEmpty() ? new Document() : Filters.and(parts);
    }

    private static void equal(List<Bson> parts, String field, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(Filters.eq(field, value));
        }
    }

    private static LocalDate businessDate(Object payload) {
        for (String name : BUSINESS_DATES) {
            if (component(payload, name) instanceof LocalDate date) {
                return date;
            }
        }
        return null;
    }

    private static Object component(Object payload, String name) {
        if (!payload.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + payload.getClass(), e);
                }
            }
        }
        return null;
    }

    /** The import details of an import's own events and of what an import brought in; null for anything else. */
    private static Document imported(Object payload) {
        if (payload instanceof ImportStarted started) {
            return new Document("importId", started.importId()).append("fileName", started.fileName())
                    .append("sizeBytes", started.sizeBytes()).append("sha256", started.sha256())
                    .append("channel", started.channel().name()).append("kind", started.kind().name())
                    .append("rows", started.rows());
        }
        if (payload instanceof ImportCompleted completed) {
            ImportCounts counts = completed.counts();
            return new Document("importId", completed.importId()).append("recorded", counts.recorded())
                    .append("alreadyRecorded", counts.alreadyRecorded()).append("conflicts", counts.conflicts())
                    .append("refused", counts.refused()).append("unhandled", counts.unhandled());
        }
        if (payload instanceof FactRecorded fact && fact.importId() != null) {
            return new Document("importId", fact.importId()).append("sourceRecordId", fact.sourceRecordId());
        }
        if (payload instanceof EnterpriseRegistered registered && registered.importId() != null) {
            return new Document("importId", registered.importId());
        }
        return null;
    }

    private static ImportDetails imported(Document details) {
        if (details == null) {
            return null;
        }
        Number size = (Number) details.get("sizeBytes");
        return new ImportDetails(details.getString("importId"), details.getString("fileName"),
                                 size == null ? null : size.longValue(), details.getString("sha256"),
                                 details.getString("channel"), details.getString("kind"), details.getInteger("rows"),
                                 details.getInteger("recorded"), details.getInteger("alreadyRecorded"),
                                 details.getInteger("conflicts"), details.getInteger("refused"),
                                 details.getInteger("unhandled"), details.getString("sourceRecordId"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static AuditEntry entry(Document document) {
        return new AuditEntry(document.getString("_id"), document.getString("aggregateType"),
                              document.getString("aggregateId"), ((Number) document.get("sequence")).longValue(),
                              document.getString("eventType"), document.getString("creditCode"),
                              Dates.date(document.getString("businessDate")),
                              document.getDate("recordedAt").toInstant(), document.getString("actorId"),
                              document.getString("actorRole"), document.getString("actorDepartment"),
                              document.getString("actorCreditCode"), document.getString("source"),
                              signIn(document.get("signIn", Document.class)),
                              imported(document.get("import", Document.class)));
    }

    private static SignInDetails signIn(Document details) {
        if (details == null) {
            return null;
        }
        Date lockedUntil = details.getDate("lockedUntil");
        return new SignInDetails(details.getString("username"), details.getString("clientAddress"),
                                 details.getString("channel"), details.getString("reason"),
                                 lockedUntil == null ? null : lockedUntil.toInstant());
    }
}
