package org.greencredit.projections.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.bson.Document;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EnterpriseDirectoryProjectionTest {

    private static final Instant T1 = Instant.parse("2026-03-01T02:00:00Z");

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private final SimpleQueryUpdateEmitter updateEmitter = SimpleQueryUpdateEmitter.builder().build();
    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new EnterpriseDirectoryProjection(mongo.database(), updateEmitter));
    }

    @Test
    void registrationAddsARowWithItsRecordingTime() {
        harness.publish("91110000600037341L", new EnterpriseRegistered("91110000600037341L", "通州示例印刷有限公司"), T1);

        EnterpriseDirectoryPage page = harness.query(new FindEnterprises("", 0, 10), EnterpriseDirectoryPage.class);

        assertThat(page.items()).containsExactly(
                new EnterpriseListing("91110000600037341L", "通州示例印刷有限公司", T1));
    }

    @Test
    void applyingTheSameEventTwiceChangesNothing() {
        var message = harness.publish("91110000600037341L",
                                      new EnterpriseRegistered("91110000600037341L", "通州示例印刷有限公司"), T1);
        Document before = collection().find().first();

        harness.redeliver(message);

        assertThat(collection().countDocuments()).isEqualTo(1);
        assertThat(collection().find().first()).isEqualTo(before);
    }

    @Test
    void filtersByChineseNameSubstringAndPagesInCreditCodeOrder() {
        harness.publish("91110112MA00000010", new EnterpriseRegistered("91110112MA00000010", "北京通州甲食品有限公司"), T1);
        harness.publish("91110112MA00000029", new EnterpriseRegistered("91110112MA00000029", "北京通州乙印刷有限公司"), T1);
        harness.publish("91110112MA0000003X", new EnterpriseRegistered("91110112MA0000003X", "北京通州丙食品厂"), T1);

        EnterpriseDirectoryPage food = harness.query(new FindEnterprises("食品", 0, 10), EnterpriseDirectoryPage.class);
        EnterpriseDirectoryPage secondPage = harness.query(new FindEnterprises(null, 1, 1), EnterpriseDirectoryPage.class);

        assertThat(food.items()).extracting(EnterpriseListing::name)
                                .containsExactly("北京通州甲食品有限公司", "北京通州丙食品厂");
        assertThat(harness.query(new CountEnterprises("食品"), Long.class)).isEqualTo(2L);
        assertThat(harness.query(new CountEnterprises(" "), Long.class)).isEqualTo(3L);
        assertThat(secondPage.items()).extracting(EnterpriseListing::creditCode).containsExactly("91110112MA00000029");
    }

    @Test
    void aNameFilterIsTakenLiterallyNotAsAPattern() {
        harness.publish("91110112MA00000010", new EnterpriseRegistered("91110112MA00000010", "甲(北京)食品有限公司"), T1);

        assertThat(harness.query(new CountEnterprises("(北京)"), Long.class)).isEqualTo(1L);
        assertThat(harness.query(new CountEnterprises(".*"), Long.class)).isZero();
    }

    @Test
    void findsOneEnterpriseByCreditCode() {
        harness.publish("91110000600037341L", new EnterpriseRegistered("91110000600037341L", "通州示例印刷有限公司"), T1);

        assertThat(harness.query(new FindEnterpriseByCreditCode("91110000600037341L"), EnterpriseListing.class))
                .isEqualTo(new EnterpriseListing("91110000600037341L", "通州示例印刷有限公司", T1));
        assertThat(harness.query(new FindEnterpriseByCreditCode("91110000MA01ABCD1X"), EnterpriseListing.class))
                .isNull();
    }

    @Test
    void subscribersSeeNewRowsThatMatchTheirQuery() {
        UpdateHandlerRegistration<Object> byCode = subscribe(new FindEnterpriseByCreditCode("91110000600037341L"));
        UpdateHandlerRegistration<Object> printing = subscribe(new FindEnterprises("印刷", 0, 50));
        UpdateHandlerRegistration<Object> food = subscribe(new FindEnterprises("食品", 0, 50));

        harness.publish("91110000600037341L", new EnterpriseRegistered("91110000600037341L", "通州示例印刷有限公司"), T1);
        List.of(byCode, printing, food).forEach(UpdateHandlerRegistration::complete);

        EnterpriseListing expected = new EnterpriseListing("91110000600037341L", "通州示例印刷有限公司", T1);
        assertThat(updates(byCode)).containsExactly(expected);
        assertThat(updates(printing)).containsExactly(expected);
        assertThat(updates(food)).isEmpty();
    }

    @Test
    void resetEmptiesTheCollection() {
        harness.publish("91110000600037341L", new EnterpriseRegistered("91110000600037341L", "通州示例印刷有限公司"), T1);

        harness.reset();

        assertThat(collection().countDocuments()).isZero();
    }

    private UpdateHandlerRegistration<Object> subscribe(Object query) {
        return updateEmitter.registerUpdateHandler(
                new GenericSubscriptionQueryMessage<>(query, ResponseTypes.instanceOf(Object.class),
                                                      ResponseTypes.instanceOf(EnterpriseListing.class)), 16);
    }

    private static List<Object> updates(UpdateHandlerRegistration<Object> registration) {
        return registration.getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).collectList().block();
    }

    private com.mongodb.client.MongoCollection<Document> collection() {
        return mongo.database().getCollection(EnterpriseDirectoryProjection.COLLECTION);
    }
}
