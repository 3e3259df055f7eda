package org.greencredit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/** Documents of the read-model store written as BSON, read back equal, beside documents of the earlier form. */
class BsonDocumentTypeTest {

    private static final Document DOCUMENT = new Document("_id", "91110000MA00000001")
            .append("name", "北京示例环保科技有限公司")
            .append("count", 3)
            .append("sequence", 1L << 40)
            .append("total", 81.5)
            .append("published", true)
            .append("repairedOn", null)
            .append("decidedAt", Instant.parse("2026-03-01T08:00:00Z"))
            .append("objectId", new ObjectId())
            .append("uuid", UUID.fromString("5c0b7e0e-2c8b-4b0e-9a51-0d9b3c1b2a10"))
            .append("hits", List.of("C01", new Document("rule", "D02").append("points", -3)))
            .append("decision", new Document("grade", "B").append("dimensions", new Document("management", 18.0)));

    @Test
    void aDocumentIsWrittenAsBsonBehindItsTagAndReadBackEqual() {
        WriteBuffer buffer = new WriteBuffer();
        BsonDocumentType.INSTANCE.write(buffer, DOCUMENT);
        BsonDocumentType.INSTANCE.write(buffer, new Document("_id", "second"));
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(written.get(0)).as("the tag ObjectDataType never writes").isEqualTo((byte) 0xB5);
        assertThat(BsonDocumentType.INSTANCE.read(written)).isEqualTo(DOCUMENT);
        assertThat(BsonDocumentType.INSTANCE.read(written)).isEqualTo(new Document("_id", "second"));
        assertThat(written.hasRemaining()).isFalse();
    }

    @Test
    void aDocumentOfTheEarlierJavaSerializedFormIsReadAsItWas() {
        WriteBuffer buffer = new WriteBuffer();
        new ObjectDataType().write(buffer, DOCUMENT);
        BsonDocumentType.INSTANCE.write(buffer, new Document("_id", "after"));
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(BsonDocumentType.INSTANCE.read(written)).isEqualTo(DOCUMENT);
        assertThat(BsonDocumentType.INSTANCE.read(written)).isEqualTo(new Document("_id", "after"));
    }

    @Test
    void aValueBsonCannotHoldIsKeptInTheEarlierForm() {
        Document unusual = new Document("_id", "x").append("value", new java.math.BigInteger("123456789012345678901234567890"));
        WriteBuffer buffer = new WriteBuffer();
        BsonDocumentType.INSTANCE.write(buffer, unusual);
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(written.get(0)).isNotEqualTo((byte) 0xB5);
        assertThat(BsonDocumentType.INSTANCE.read(written)).isEqualTo(unusual);
    }
}
