package org.greencredit.projections.creditfile;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DeclaredItemsLapsed;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;
import org.greencredit.projections.support.Dates;
import org.greencredit.projections.support.EnterpriseDocuments;
import org.greencredit.projections.support.EnterpriseLookup;

/**
 * 信用档案明细: every fact and declared item of every credit file, one document each, with its current status and
 * attributes (a changed violation shows its new attributes). Each write sets values taken from the event alone.
 */
@ProcessingGroup(CreditFileEntriesProjection.PROCESSING_GROUP)
public class CreditFileEntriesProjection {

    public static final String PROCESSING_GROUP = "credit-file-entries";
    public static final String COLLECTION = "credit_file_entries";
    /**
     * The layout of this projection's documents: from 2 each enterprise's documents are reached through an
     * {@link EnterpriseLookup}, which adds to the number it records ({@link EnterpriseLookup#layout}).
     */
    public static final int LAYOUT = 2;

    private final EnterpriseDocuments byEnterprise;
    private final BatchedCollection collection;

    public CreditFileEntriesProjection(MongoDatabase database, EnterpriseLookup lookup) {
        this.byEnterprise = lookup.documents(database, COLLECTION);
        this.collection = new BatchedCollection(database, COLLECTION);
    }

    @EventHandler
    void on(FactRecorded event, @Timestamp Instant recordedAt) {
        write(new Document("_id", event.factId()).append("creditCode", event.creditCode()).append("entry", "FACT")
                      .append("type", event.type().name()).append("occurredOn", Dates.text(event.occurredOn()))
                      .append("source", event.source().name()).append("cycleId", null)
                      .append("status", "COUNTED").append("statusSince", Dates.text(event.occurredOn()))
                      .append("recordedAt", Date.from(recordedAt)).append("sourceRecordId", event.sourceRecordId()),
              event.evidence(), event.attributes());
    }

    @EventHandler
    void on(ItemDeclared event, @Timestamp Instant recordedAt) {
        write(new Document("_id", event.itemId()).append("creditCode", event.creditCode())
                      .append("entry", "DECLARATION").append("type", event.type().name())
                      .append("occurredOn", Dates.text(event.occurredOn())).append("source", "SELF_DECLARATION")
                      .append("cycleId", event.cycleId()).append("status", "PENDING")
                      .append("statusSince", Dates.text(event.occurredOn()))
                      .append("recordedAt", Date.from(recordedAt)), event.evidence(), event.attributes());
    }

    @EventHandler
    void on(ViolationCorrected event) {
        Change status = event.outcome() == CorrectionOutcome.REVOKED
                ? Change.set("status", "REVOKED")
                : Change.combine(Change.set("status", "CHANGED"),
                                 Change.set("attributes", new Document(event.newAttributes().asMap())));
        collection.update(event.violationId(),
                          Change.combine(status, Change.set("statusSince", Dates.text(event.decidedOn()))));
    }

    @EventHandler
    void on(DeclaredItemVerified event) {
        status(List.of(event.itemId()), event.outcome().name(), event.verifiedOn());
    }

    @EventHandler
    void on(DeclaredItemsLapsed event) {
        status(event.itemIds(), "LAPSED", event.lapsedOn());
    }

    @EventHandler
    void on(RepairApproved event) {
        status(event.factIds(), "REPAIRED", event.approvedOn());
    }

    @ResetHandler
    void reset() {
        collection.deleteAll();
        byEnterprise.reset();
    }

    @QueryHandler
    CreditFileEntries handle(FindCreditFileEntries query) {
        List<CreditFileEntry> entries = new ArrayList<>();
        collection.stored().find(byEnterprise.filter(query.creditCode()))
                  .sort(Sorts.ascending("occurredOn", "_id"))
                  .forEach(document -> entries.add(entry(document)));
        return new CreditFileEntries(entries);
    }

    /** The entries with these ids, in the order asked. */
    public List<CreditFileEntry> byIds(List<String> ids) {
        Map<String, CreditFileEntry> found = new LinkedHashMap<>();
        collection.stored().find(Filters.in("_id", ids)).forEach(document -> found.put(document.getString("_id"),
                                                                              entry(document)));
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    private void write(Document document, Evidence evidence, FactAttributes attributes) {
        document.append("evidenceDocumentNo", evidence == null ? null : evidence.documentNo())
                .append("evidenceDescription", evidence == null ? null : evidence.description())
                .append("attributes", new Document(attributes.asMap()));
        byEnterprise.add(document.getString("creditCode"), document.getString("_id"));
        collection.replace(document);
    }

    private void status(List<String> ids, String status, LocalDate since) {
        Change change = Change.combine(Change.set("status", status), Change.set("statusSince", Dates.text(since)));
        ids.forEach(id -> collection.update(id, change));
    }

    /** Attribute values as the domain writes them: decimals come back from the store as Decimal128. */
    private static Map<String, Object> plain(Document attributes) {
        Map<String, Object> values = new LinkedHashMap<>();
        attributes.forEach((name, value) -> values.put(
                name, value instanceof Decimal128 decimal ? decimal.bigDecimalValue() : value));
        return values;
    }

    private static CreditFileEntry entry(Document document) {
        Document attributes = document.get("attributes", Document.class);
        return new CreditFileEntry(document.getString("_id"), document.getString("creditCode"),
                                   document.getString("entry"), document.getString("type"),
                                   Dates.date(document.getString("occurredOn")), document.getString("source"),
                                   document.getString("evidenceDocumentNo"), document.getString("evidenceDescription"),
                                   attributes == null ? Map.of() : plain(attributes),
                                   document.getString("status"), Dates.date(document.getString("statusSince")),
                                   document.getString("cycleId"), document.getDate("recordedAt").toInstant(),
                                   document.getString("sourceRecordId"));
    }
}
