package org.greencredit.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.greencredit.app.upcasting.EnterpriseRegisteredToRevision2;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.EnterpriseIncludedInBatch;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.decisionnumber.api.DecisionNumberClaimed;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.indicator.api.DraftDefinitionReplaced;
import org.greencredit.domain.indicator.api.IndicatorVersionDrafted;
import org.greencredit.domain.indicator.api.IndicatorVersionPublished;
import org.greencredit.domain.indicator.api.IndicatorVersionRetired;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.app.support.TestEnterprises;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events are forever: the stored JSON of every event type at every revision that ever reached main is kept under
 * {@code stored-events/}. Each must still read — through the application's upcasters — as the event it was, and
 * the newest revision of each type is exactly what the application writes today.
 */
class StoredEventFormTest {

    private final Serializer serializer = new SerializerConfiguration().serializer(new AnnotationRevisionResolver());
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new EnterpriseRegisteredToRevision2());

    private static final String CODE = "91110000600037341L";
    private static final String FACT = "3f2a1c8e-5b7d-4e09-9a61-2c4d8e7f1a0b";
    private static final String ITEM = "9d8c7b6a-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final Evidence DECISION = new Evidence("京通环罚〔2025〕12号", "现场检查笔录");

    /** The event each current-revision fixture holds; every event type of the domain appears here. */
    private static final Map<String, Object> CURRENT = new LinkedHashMap<>();

    static {
        CURRENT.put("EnterpriseRegistered-2.json", TestEnterprises.registered(CODE));
        CURRENT.put("EnterpriseProfileChanged-1.json", new EnterpriseProfileChanged(
                CODE, TestEnterprises.registered(CODE).profile(), LocalDate.of(2026, 1, 2)));
        CURRENT.put("EnterpriseIncludedInBatch-1.json",
                    new EnterpriseIncludedInBatch(CODE, "2026-TRIAL", LocalDate.of(2026, 1, 5)));
        CURRENT.put("EnterpriseLeftScope-1.json", new EnterpriseLeftScope(
                CODE, ScopeExitReason.MERGED, LocalDate.of(2026, 2, 1), "吸收合并", "91110112MA0000001X"));
        CURRENT.put("FactRecorded-1.json", new FactRecorded(
                CODE, FACT, FactType.VIOLATION, LocalDate.of(2025, 5, 10), FactSource.ENFORCEMENT, DECISION,
                FactAttributes.of("category", "EXCEEDING_STANDARDS", "severity", "GENERAL", "fineYuan", 50000,
                                  "measures", List.of("FINE", "ORDER_CORRECTION"), "penaltyExempted", false,
                                  "decisionNo", "京通环罚〔2025〕12号", "medium", "AIR")));
        CURRENT.put("ViolationCorrected-1.json", new ViolationCorrected(
                CODE, FACT, CorrectionOutcome.CHANGED, LocalDate.of(2025, 11, 3), Evidence.of("京通政复决字〔2025〕40号"),
                FactAttributes.of("category", "EXCEEDING_STANDARDS", "severity", "MINOR", "fineYuan", new java.math.BigDecimal("5000.50"),
                                  "measures", List.of("FINE"), "penaltyExempted", false,
                                  "decisionNo", "京通环罚〔2025〕12号", "medium", "AIR")));
        CURRENT.put("ItemDeclared-1.json", new ItemDeclared(
                CODE, ITEM, FactType.GREEN_PRACTICE, LocalDate.of(2025, 4, 2), Evidence.of("ISO14001-2025-0042"),
                FactAttributes.of("kind", "ISO14001", "validUntil", LocalDate.of(2028, 4, 1))));
        CURRENT.put("DeclaredItemVerified-1.json", new DeclaredItemVerified(
                CODE, ITEM, VerificationOutcome.CONFIRMED, LocalDate.of(2026, 2, 10), "现场核对原件"));
        CURRENT.put("DecisionNumberClaimed-1.json", new DecisionNumberClaimed(
                "decision-no:京通环罚〔2025〕12号", "京通环罚〔2025〕12号", CODE, FACT));
        CURRENT.put("IndicatorVersionDrafted-1.json", new IndicatorVersionDrafted(
                "TZ-GREEN-CREDIT", "2026.1", "system: TZ-GREEN-CREDIT\nversion: \"2026.1\"\n", "{\"system\":\"TZ-GREEN-CREDIT\"}",
                "cb18a13e6635"));
        CURRENT.put("DraftDefinitionReplaced-1.json", new DraftDefinitionReplaced(
                "TZ-GREEN-CREDIT", "2027.1", "system: TZ-GREEN-CREDIT\nversion: \"2027.1\"\n", "{\"version\":\"2027.1\"}",
                "0a1b2c3d4e5f"));
        CURRENT.put("IndicatorVersionPublished-1.json", new IndicatorVersionPublished(
                "TZ-GREEN-CREDIT", "2026.1", "cb18a13e6635", LocalDate.of(2026, 1, 1)));
        CURRENT.put("IndicatorVersionRetired-1.json", new IndicatorVersionRetired(
                "TZ-GREEN-CREDIT", "2026.1", LocalDate.of(2027, 1, 1)));
    }

    static Stream<Arguments> storedForms() {
        Stream<Arguments> superseded = Stream.of(
                Arguments.of("EnterpriseRegistered-1.json", EnterpriseRegistered.class.getName(), "1",
                             new EnterpriseRegistered(CODE, null, new EnterpriseProfile(
                                     "北京通州示例印刷有限公司", null, null, null, null, null, false, null))));
        return Stream.concat(superseded, currentForms().map(arguments -> {
            Object event = arguments.get()[2];
            return Arguments.of(arguments.get()[0], event.getClass().getName(), arguments.get()[1], event);
        }));
    }

    static Stream<Arguments> currentForms() {
        return CURRENT.entrySet().stream().map(entry -> Arguments.of(
                entry.getKey(), entry.getKey().replaceAll(".*-(\\d+)\\.json", "$1"), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedForms")
    void storedJsonStillReadsAsTheEvent(String file, String type, String revision, Object expected)
            throws IOException {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>(
                "EnterpriseCreditFile", CODE, 0, "event-1", Instant.EPOCH, type, revision, read(file), "{}");

        List<IntermediateEventRepresentation> upcast = upcasters.upcast(
                Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).hasSize(1);
        SerializedObject<?> data = upcast.get(0).getData();
        Object event = serializer.deserialize(data);
        assertThat(event).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentForms")
    void theNewestStoredFormIsWhatTheApplicationWrites(String file, String revision, Object event) throws IOException {
        SerializedObject<String> current = serializer.serialize(event, String.class);

        assertThat(current.getType().getRevision()).isEqualTo(revision);
        assertThat(current.getData()).isEqualTo(read(file).strip());
    }

    private static String read(String file) throws IOException {
        try (InputStream in = StoredEventFormTest.class.getResourceAsStream("/stored-events/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
