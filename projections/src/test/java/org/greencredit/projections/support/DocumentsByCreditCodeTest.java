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

class DocumentsByCreditCodeTest {

    private static final String ONE = "91110112MA00000010";
    private static final String OTHER = "91110112MA00000029";

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void findsExactlyTheEnterprisesDocumentsByTheirCreditCodeAndWritesNothingElse() {
        MongoCollection<Document> entries = mongo.database().getCollection("entries");
        EnterpriseDocuments byCreditCode = EnterpriseLookup.CREDIT_CODE_INDEX.documents(mongo.database(), "entries");
        for (String[] entry : new String[][] {{"b", ONE}, {"x", OTHER}, {"a", ONE}}) {
            byCreditCode.add(entry[1], entry[0]);
            entries.insertOne(new Document("_id", entry[0]).append("creditCode", entry[1]));
        }

        assertThat(byCreditCode.ids(ONE)).containsExactlyInAnyOrder("a", "b");
        assertThat(byCreditCode.ids("91110112MA0000003X")).isEmpty();
        List<String> found = new ArrayList<>();
        entries.find(byCreditCode.filter(ONE)).sort(Sorts.ascending("_id"))
               .forEach(document -> found.add(document.getString("_id")));
        assertThat(found).containsExactly("a", "b");
        assertThat(mongo.database().listCollectionNames().into(new ArrayList<>())).containsExactly("entries");
    }

    @Test
    void theLayoutNumberTellsTheLookupsApart() {
        assertThat(EnterpriseLookup.COMPANION.layout(2)).isEqualTo(2);
        assertThat(EnterpriseLookup.CREDIT_CODE_INDEX.layout(2)).isNotEqualTo(2)
                                                                 .isNotEqualTo(EnterpriseLookup.COMPANION.layout(3));
    }
}
