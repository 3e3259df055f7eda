package org.greencredit.projections.partner;

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
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.domain.partner.api.PartnerClientRegistered;
import org.greencredit.domain.partner.api.PartnerClientRevoked;
import org.greencredit.projections.batch.BatchedCollection;
import org.greencredit.projections.batch.Change;
import org.greencredit.projections.support.Dates;

/**
 * 合作方接口客户端: one document per client keyed by its id, read by {@code _id} at every partner request. A
 * registration replaces the document and a revocation sets the day, so an event applied twice changes nothing.
 */
@ProcessingGroup(PartnerClientsProjection.PROCESSING_GROUP)
public class PartnerClientsProjection {

    public static final String PROCESSING_GROUP = "partner-clients";
    public static final String COLLECTION = "partner_clients";

    private final BatchedCollection collection;

    public PartnerClientsProjection(MongoDatabase database) {
        this.collection = new BatchedCollection(database, COLLECTION);
    }

    @EventHandler
    void on(PartnerClientRegistered event) {
        Document client = new Document("_id", event.clientId()).append("organisation", event.organisation())
                .append("department", event.department())
                .append("scopes", event.scopes().stream().map(Enum::name).toList())
                .append("expiresOn", Dates.text(event.expiresOn())).append("secretHash", event.secretHash())
                .append("requestsPerMinute", event.requestsPerMinute())
                .append("registeredOn", Dates.text(event.registeredOn())).append("registeredBy", event.registeredBy())
                .append("revokedOn", null);
        Document stored = collection.find(event.clientId());
        if (stored != null && stored.getString("revokedOn") != null) {
            client.append("revokedOn", stored.getString("revokedOn"));
        }
        collection.replace(client);
    }

    @EventHandler
    void on(PartnerClientRevoked event) {
        collection.update(event.clientId(), Change.set("revokedOn", Dates.text(event.revokedOn())));
    }

    @ResetHandler
    void reset() {
        collection.deleteAll();
    }

    @QueryHandler
    PartnerClientSummary handle(FindPartnerClient query) {
        Document client = collection.stored().find(Filters.eq("_id", query.clientId())).first();
        return client == null ? null : toView(client);
    }

    @QueryHandler
    PartnerClientList handle(FindPartnerClients query) {
        List<PartnerClientSummary> clients = new ArrayList<>();
        collection.stored().find().sort(Sorts.orderBy(Sorts.descending("registeredOn"), Sorts.ascending("_id")))
                  .forEach(document -> clients.add(toView(document)));
        return new PartnerClientList(clients);
    }

    private static PartnerClientSummary toView(Document client) {
        return new PartnerClientSummary(client.getString("_id"), client.getString("organisation"),
                                        client.getString("department"),
                                        client.getList("scopes", String.class).stream().map(PartnerScope::valueOf)
                                           .toList(),
                                        Dates.date(client.getString("expiresOn")), client.getString("secretHash"),
                                        client.getInteger("requestsPerMinute"),
                                        Dates.date(client.getString("registeredOn")), client.getString("registeredBy"),
                                        Dates.date(client.getString("revokedOn")));
    }
}
