package org.greencredit.app.intake;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.greencredit.projections.creditfile.CreditFileEntriesProjection;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.directory.EnterpriseDirectoryProjection;
import org.springframework.stereotype.Component;

/**
 * What the read models already hold about the rows of an import, asked for a whole chunk of rows at once (one
 * query by id per collection), so a preview of a large file costs a few hundred queries, not one per row.
 */
@Component
class StoredRecords {

    private final MongoCollection<Document> directory;
    private final CreditFileEntriesProjection entries;

    StoredRecords(MongoDatabase readModelDatabase, CreditFileEntriesProjection entries) {
        this.directory = readModelDatabase.getCollection(EnterpriseDirectoryProjection.COLLECTION);
        this.entries = entries;
    }

    /** The directory entries of these enterprises, by credit code. */
    Map<String, Document> enterprises(Collection<String> creditCodes) {
        Map<String, Document> found = new HashMap<>();
        if (!creditCodes.isEmpty()) {
            directory.find(Filters.in("_id", creditCodes)).forEach(doc -> found.put(doc.getString("_id"), doc));
        }
        return found;
    }

    /** The recorded facts with these ids, by id. */
    Map<String, CreditFileEntry> facts(Collection<String> factIds) {
        Map<String, CreditFileEntry> found = new HashMap<>();
        if (!factIds.isEmpty()) {
            entries.byIds(List.copyOf(factIds)).forEach(entry -> found.put(entry.id(), entry));
        }
        return found;
    }
}
