package org.greencredit.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events are forever: the stored JSON of every event type at every revision that ever reached main is kept under
 * {@code stored-events/}, and must still read as the event it was.
 */
class StoredEventFormTest {

    private final RevisionResolver revisions = new AnnotationRevisionResolver();
    private final Serializer serializer = new SerializerConfiguration().serializer(revisions);

    static Stream<Arguments> storedForms() {
        return Stream.of(
                Arguments.of("EnterpriseRegistered-1.json", EnterpriseRegistered.class, "1",
                             new EnterpriseRegistered("91110000600037341L", "北京通州示例印刷有限公司")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedForms")
    void storedJsonStillReadsAsTheEvent(String file, Class<?> type, String revision, Object expected)
            throws IOException {
        String json = read(file);

        Object event = serializer.deserialize(new SimpleSerializedObject<>(json, String.class, type.getName(), revision));

        assertThat(event).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedForms")
    void theCurrentFormIsTheNewestStoredOne(String file, Class<?> type, String revision, Object expected)
            throws IOException {
        SerializedObject<String> current = serializer.serialize(expected, String.class);

        assertThat(current.getType().getRevision()).isEqualTo(revision);
        assertThat(current.getData()).isEqualTo(read(file).strip());
    }

    private static String read(String file) throws IOException {
        try (InputStream in = StoredEventFormTest.class.getResourceAsStream("/stored-events/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
