package org.greencredit.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

/** Keys of the read models' unique indexes: text keys in text order before any other, every key read back equal. */
class UniqueKeyTypeTest {

    private static final UniqueKeyType TYPE = UniqueKeyType.INSTANCE;

    @Test
    void textKeysAreOrderedAsTextAndBeforeEveryOtherKey() {
        List<KeyValue> keys = new ArrayList<>(List.of(new KeyValue(7), new KeyValue("b"), new KeyValue("a", "z"),
                                                      new KeyValue("a"), new KeyValue("统一社会信用代码"),
                                                      new KeyValue("a", "b"), new KeyValue(3)));
        keys.sort(TYPE::compare);

        assertThat(keys).containsExactly(new KeyValue("a"), new KeyValue("a", "b"), new KeyValue("a", "z"),
                                         new KeyValue("b"), new KeyValue("统一社会信用代码"), new KeyValue(3),
                                         new KeyValue(7));
        assertThat(TYPE.compare(new KeyValue("e1"), new KeyValue("e1"))).isZero();
        assertThat(TYPE.compare(new KeyValue(5), new KeyValue(5))).isZero();
    }

    @Test
    void everyKeyIsReadBackEqual() {
        List<KeyValue> keys = List.of(new KeyValue("91110000MA00000001"), new KeyValue("过程", "2025"),
                                      new KeyValue(42L), new KeyValue("mixed", 1));
        WriteBuffer buffer = new WriteBuffer();
        keys.forEach(key -> TYPE.write(buffer, key));
        ByteBuffer written = buffer.getBuffer().flip();

        assertThat(written.get(0)).as("a text key behind the tag the generic type never writes").isEqualTo((byte) 0xB6);
        List<KeyValue> read = new ArrayList<>();
        while (written.hasRemaining()) {
            read.add(TYPE.read(written));
        }
        assertThat(read).isEqualTo(keys);
    }
}
