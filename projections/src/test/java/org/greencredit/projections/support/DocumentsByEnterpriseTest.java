package org.greencredit.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.greencredit.projections.InMemoryMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DocumentsByEnterpriseTest {

    private static final String ONE = "91110112MA00000010";
    private static final String OTHER = "91110112MA00000029";

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void findsExactlyTheEnterprisesDocumentsEachOnceInTheOrderFirstNoted() {
        MongoCollection<Document> entries = mongo.database().getCollection("entries");
        DocumentsByEnterprise byEnterprise = new DocumentsByEnterprise(mongo.database(), "entries");
        for (String[] entry : new String[][] {{"b", ONE}, {"x", OTHER}, {"a", ONE}}) {
            entries.insertOne(new Document("_id", entry[0]).append("creditCode", entry[1]));
            byEnterprise.add(entry[1], entry[0]);
        }
        byEnterprise.add(ONE, "b");

        assertThat(byEnterprise.ids(ONE)).containsExactly("b", "a");
        assertThat(mongo.database().getCollection("entries_by_enterprise").countDocuments()).isEqualTo(2);
        List<String> found = new ArrayList<>();
        entries.find(byEnterprise.filter(ONE)).sort(Sorts.ascending("_id"))
               .forEach(document -> found.add(document.getString("_id")));
        assertThat(found).containsExactly("a", "b");
    }

    @Test
    void anEnterpriseWithoutDocumentsFindsNoneAndResetForgetsAll() {
        MongoCollection<Document> entries = mongo.database().getCollection("entries");
        DocumentsByEnterprise byEnterprise = new DocumentsByEnterprise(mongo.database(), "entries");
        entries.insertOne(new Document("_id", "a").append("creditCode", ONE));
        byEnterprise.add(ONE, "a");

        assertThat(entries.countDocuments(byEnterprise.filter(OTHER))).isZero();
        byEnterprise.reset();
        assertThat(byEnterprise.ids(ONE)).isEmpty();
        assertThat(entries.countDocuments(byEnterprise.filter(ONE))).isZero();
    }
}
