package org.greencredit.app.storage;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded read-model store keeps a document on disk: as BSON, the form it arrived in over the wire.
 *
 * <p>mongo-java-server's H2 backend leaves documents to MVStore's generic {@link ObjectDataType}, which writes them
 * with Java serialization — a class description and a {@code LinkedHashMap} per nested document, on every write —
 * and that was the largest single cost of the store's writes (docs/benchmarks.md, "The command path"). BSON is
 * written behind a tag byte that {@link ObjectDataType} never writes (its tags are 0–119), so a store written by an
 * earlier version is read as it is: a document without the tag is read the old way and written as BSON when it is
 * next replaced. A value BSON cannot hold is written the old way too.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private static final byte BSON = (byte) 0xB5;

    private final ObjectDataType javaSerialized = new ObjectDataType();

    /** MVStore sizes its pages and cache by this; a moving average of what was written, as ObjectDataType does. */
    private volatile int averageSize = 1_024;

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return averageSize;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        byte[] bson = bson(document);
        if (bson == null) {
            javaSerialized.write(buffer, document);
            return;
        }
        buffer.put(BSON).put(bson);
        averageSize = (bson.length + 15 * averageSize) / 16;
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != BSON) {
            return (Document) javaSerialized.read(buffer);
        }
        buffer.get();
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        byte[] bson = new byte[length];
        buffer.get(bson);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    private static byte[] bson(Document document) {
        ByteBuf encoded = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, encoded);
            byte[] bytes = new byte[encoded.readableBytes()];
            encoded.readBytes(bytes);
            return bytes;
        } catch (RuntimeException notBson) {
            return null;
        } finally {
            encoded.release();
        }
    }
}
