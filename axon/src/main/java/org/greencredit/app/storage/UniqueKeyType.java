package org.greencredit.app.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded read-model store orders and keeps the keys of a unique index (every collection's {@code _id}).
 *
 * <p>MVStore's generic {@link ObjectDataType} orders a key that is not {@link Comparable} — and the library's
 * {@link KeyValue} is not — by Java-serialising both keys at every comparison of a B-tree search: a tenth of the
 * CPU of the command path went there (docs/benchmarks.md, "The command path"). The keys of the read models are
 * text (credit codes, document ids); those are compared as text and written as text behind a tag
 * {@link ObjectDataType} never writes. Any other key keeps the generic form and order, after every text key.
 */
final class UniqueKeyType extends BasicDataType<KeyValue> {

    static final UniqueKeyType INSTANCE = new UniqueKeyType();

    private static final byte TEXT = (byte) 0xB6;

    private final ObjectDataType generic = new ObjectDataType();

    private UniqueKeyType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        boolean aText = isText(a);
        boolean bText = isText(b);
        if (aText && bText) {
            return compareText(a, b);
        }
        if (aText != bText) {
            return aText ? -1 : 1;
        }
        return generic.compare(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        if (!isText(key)) {
            return generic.getMemory(key);
        }
        int memory = 48;
        for (Object value : key) {
            memory += 40 + 2 * ((String) value).length();
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        if (!isText(key)) {
            generic.write(buffer, key);
            return;
        }
        buffer.put(TEXT).putVarInt(key.size());
        for (Object value : key) {
            String text = (String) value;
            buffer.putVarInt(text.length()).putStringData(text, text.length());
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != TEXT) {
            return (KeyValue) generic.read(buffer);
        }
        buffer.get();
        Object[] values = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < values.length; i++) {
            values[i] = DataUtils.readString(buffer);
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    private static boolean isText(KeyValue key) {
        for (Object value : key) {
            if (!(value instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static int compareText(KeyValue a, KeyValue b) {
        int length = Math.min(a.size(), b.size());
        for (int i = 0; i < length; i++) {
            int order = ((String) a.get(i)).compareTo((String) b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
