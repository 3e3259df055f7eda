package org.greencredit.projections.directory;

import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;

/**
 * 企业名录: the enterprise directory read model, one document per enterprise keyed by credit code.
 * Writes replace whole documents keyed by the credit code, so applying an event twice changes nothing.
 * Subscribers to {@link FindEnterprises} and {@link FindEnterpriseByCreditCode} receive each changed row.
 */
@ProcessingGroup(EnterpriseDirectoryProjection.PROCESSING_GROUP)
public class EnterpriseDirectoryProjection {

    public static final String PROCESSING_GROUP = "enterprise-directory";
    public static final String COLLECTION = "enterprise_directory";

    private final MongoCollection<Document> collection;
    private final QueryUpdateEmitter updateEmitter;

    public EnterpriseDirectoryProjection(MongoDatabase database, QueryUpdateEmitter updateEmitter) {
        this.collection = database.getCollection(COLLECTION);
        this.updateEmitter = updateEmitter;
    }

    @EventHandler
    void on(EnterpriseRegistered event, @Timestamp Instant recordedAt) {
        EnterpriseListing listing = new EnterpriseListing(event.creditCode(), event.name(), recordedAt);
        collection.replaceOne(Filters.eq("_id", listing.creditCode()), toDocument(listing),
                              new ReplaceOptions().upsert(true));
        updateEmitter.emit(FindEnterprises.class, query -> nameMatches(query.nameContains(), listing.name()), listing);
        updateEmitter.emit(FindEnterpriseByCreditCode.class,
                           query -> query.creditCode().equals(listing.creditCode()), listing);
    }

    @ResetHandler
    void reset() {
        collection.deleteMany(new Document());
    }

    @QueryHandler
    EnterpriseDirectoryPage handle(FindEnterprises query) {
        List<EnterpriseListing> items = new ArrayList<>();
        collection.find(nameFilter(query.nameContains()))
                  .sort(Sorts.ascending("_id"))
                  .skip(query.offset())
                  .limit(query.limit())
                  .forEach(document -> items.add(toListing(document)));
        return new EnterpriseDirectoryPage(items);
    }

    @QueryHandler
    Long handle(CountEnterprises query) {
        return collection.countDocuments(nameFilter(query.nameContains()));
    }

    @QueryHandler
    EnterpriseListing handle(FindEnterpriseByCreditCode query) {
        Document document = collection.find(Filters.eq("_id", query.creditCode())).first();
        return document == null ? null : toListing(document);
    }

    private static boolean nameMatches(String nameContains, String name) {
        return nameContains == null || nameContains.isBlank() || name.contains(nameContains.strip());
    }

    private static Bson nameFilter(String nameContains) {
        if (nameContains == null || nameContains.isBlank()) {
            return new Document();
        }
        return regex("name", Pattern.quote(nameContains.strip()));
    }

    private static Document toDocument(EnterpriseListing listing) {
        return new Document("_id", listing.creditCode())
                .append("name", listing.name())
                .append("registeredAt", Date.from(listing.registeredAt()));
    }

    private static EnterpriseListing toListing(Document document) {
        return new EnterpriseListing(document.getString("_id"),
                                     document.getString("name"),
                                     document.getDate("registeredAt").toInstant());
    }
}
