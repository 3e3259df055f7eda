package org.greencredit.projections.directory;

import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
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
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.enterprise.EnterpriseProfile;

/**
 * 企业名录: the enterprise directory read model, one document per enterprise keyed by credit code.
 * Every write sets fields to values taken from the event alone, so applying an event twice changes nothing.
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
        Document row = profileFields(event.profile())
                .append("_id", event.creditCode())
                .append("inScope", true)
                .append("registeredAt", Date.from(recordedAt));
        collection.replaceOne(Filters.eq("_id", event.creditCode()), row, new ReplaceOptions().upsert(true));
        emit(event.creditCode());
    }

    @EventHandler
    void on(EnterpriseProfileChanged event) {
        collection.updateOne(Filters.eq("_id", event.creditCode()), new Document("$set", profileFields(event.profile())));
        emit(event.creditCode());
    }

    @EventHandler
    void on(EnterpriseLeftScope event) {
        collection.updateOne(Filters.eq("_id", event.creditCode()), Updates.set("inScope", false));
        emit(event.creditCode());
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

    private void emit(String creditCode) {
        Document document = collection.find(Filters.eq("_id", creditCode)).first();
        if (document == null) {
            return;
        }
        EnterpriseListing listing = toListing(document);
        updateEmitter.emit(FindEnterprises.class, query -> nameMatches(query.nameContains(), listing.name()), listing);
        updateEmitter.emit(FindEnterpriseByCreditCode.class, query -> query.creditCode().equals(creditCode), listing);
    }

    private static Document profileFields(EnterpriseProfile profile) {
        return new Document("name", profile.name())
                .append("subdistrict", profile.subdistrict() == null ? null : profile.subdistrict().name())
                .append("industryCode", profile.industry() == null ? null : profile.industry().code())
                .append("industryName", profile.industry() == null ? null : profile.industry().name())
                .append("managementClass", profile.managementClass() == null ? null : profile.managementClass().name())
                .append("keyPolluter", profile.keyPolluter());
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

    private static EnterpriseListing toListing(Document document) {
        return new EnterpriseListing(document.getString("_id"), document.getString("name"),
                                     document.getString("subdistrict"), document.getString("industryCode"),
                                     document.getString("industryName"), document.getString("managementClass"),
                                     Boolean.TRUE.equals(document.getBoolean("keyPolluter")),
                                     Boolean.TRUE.equals(document.getBoolean("inScope")),
                                     document.getDate("registeredAt").toInstant());
    }
}
