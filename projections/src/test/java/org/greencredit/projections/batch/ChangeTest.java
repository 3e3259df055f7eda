package org.greencredit.projections.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.types.Decimal128;
import org.greencredit.projections.InMemoryMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A change applied in memory leaves a document exactly as the store leaves it, field order included. */
class ChangeTest {

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private static Document stored() {
        return new Document("_id", "d").append("state", "OPEN").append("pending", List.of("a", "b", "a"))
                                       .append("empty", null).append("position", 7L)
                                       .append("recusals", new Document("X", new Document("reason", "亲属")))
                                       .append("total", new Decimal128(new BigDecimal("70.0")))
                                       .append("at", new Date(0));
    }

    @Test
    void setKeepsAnExistingFieldInItsPlaceAndAppendsANewOne() {
        assertSameAsTheStore(stored(), Change.combine(Change.set("new", 1), Change.set("state", "CLOSED"),
                                                      Change.set("another", List.of("x"))));
        assertSameAsTheStore(stored(), Change.setAll(new Document("state", "A").append("b", null).append("c", true)));
    }

    @Test
    void dottedPathsReachIntoAndCreateEmbeddedDocuments() {
        assertSameAsTheStore(stored(), Change.set("recusals.Y", new Document("reason", "回避").append("on", "2026")));
        assertSameAsTheStore(stored(), Change.set("recusals.X", new Document("reason", "changed")));
        assertSameAsTheStore(stored(), Change.set("created.inner", "v"));
        assertSameAsTheStore(stored(), Change.unset("recusals.X"));
        assertSameAsTheStore(stored(), Change.unset("recusals.missing"));
        assertSameAsTheStore(stored(), Change.unset("missing.path"));
    }

    @Test
    void unsetRemovesAFieldAndIgnoresAMissingOne() {
        assertSameAsTheStore(stored(), Change.combine(Change.unset("state"), Change.unset("absent")));
    }

    @Test
    void addToSetAddsOnlyWhatIsNotThereAndMakesAnArrayOfAMissingOrNullField() {
        assertSameAsTheStore(stored(), Change.addToSet("pending", "c"));
        assertSameAsTheStore(stored(), Change.addToSet("pending", "b"));
        assertSameAsTheStore(stored(), Change.addToSet("empty", "c"));
        assertSameAsTheStore(stored(), Change.addToSet("absent", new Document("creditCode", "X").append("r", "y")));
        assertSameAsTheStore(stored().append("excluded", List.of(new Document("creditCode", "X").append("r", "y"))),
                             Change.addToSet("excluded", new Document("creditCode", "X").append("r", "y")));
    }

    @Test
    void pullRemovesEveryEqualElement() {
        assertSameAsTheStore(stored(), Change.pull("pending", "a"));
        assertSameAsTheStore(stored(), Change.pull("pending", "z"));
        assertSameAsTheStore(stored(), Change.pull("absent", "a"));
        assertSameAsTheStore(stored(), Change.pull("empty", "a"));
        assertSameAsTheStore(stored(), Change.pullAll("pending", List.of("a", "b")));
        assertThatThrownBy(() -> Change.pull("pending", new Document("a", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maxSetsOnlyAGreaterNumber() {
        assertSameAsTheStore(stored(), Change.max("position", 9L));
        assertSameAsTheStore(stored(), Change.max("position", 3L));
        assertSameAsTheStore(stored(), Change.max("absent", 3L));
    }

    @Test
    void operatorsApplyInTheOrderTheyWereFirstNamed() {
        assertSameAsTheStore(stored(), Change.combine(Change.addToSet("list", "x"), Change.set("state", "S"),
                                                      Change.set("later", 1), Change.pull("pending", "b"),
                                                      Change.addToSet("list", "y"), Change.max("m", 2L)));
    }

    @Test
    void anUpsertOfAMissingDocumentStartsFromItsId() {
        MongoCollection<Document> collection = mongo.database().getCollection("c");
        Change change = Change.combine(Change.addToSet("ids", "a"), Change.max("position", 4L));
        collection.updateOne(Filters.eq("_id", "new"), change.update(), new UpdateOptions().upsert(true));

        BsonDocument image = new BsonDocument("_id", new BsonString("new"));
        change.applyTo(image, collection.getCodecRegistry());

        assertThat(decode(image).toJson()).isEqualTo(collection.find().first().toJson());
    }

    private void assertSameAsTheStore(Document before, Change change) {
        MongoCollection<Document> collection = mongo.database().getCollection("c");
        collection.drop();
        collection.insertOne(before);
        BsonDocument image = encode(collection.find().first());

        change.applyTo(image, collection.getCodecRegistry());
        collection.updateOne(Filters.eq("_id", before.get("_id")), change.update());

        assertThat(decode(image).toJson()).as(change.toString()).isEqualTo(collection.find().first().toJson());
    }

    private static BsonDocument encode(Document document) {
        BsonDocument encoded = new BsonDocument();
        new DocumentCodec().encode(new BsonDocumentWriter(encoded), document, EncoderContext.builder().build());
        return encoded;
    }

    private static Document decode(BsonDocument document) {
        return new DocumentCodec().decode(new BsonDocumentReader(document), DecoderContext.builder().build());
    }
}
