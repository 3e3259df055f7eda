package org.greencredit.projections.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.bson.Document;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseProfileChanged;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.enterprise.Contact;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.ShippedVersions;
import org.greencredit.projections.CrashBetweenWrites;
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
        harness = new ProjectionHarness(new EnterpriseDirectoryProjection(mongo.database(), updateEmitter,
                                                                          new ShippedVersions()));
    }

    @Test
    void registrationAddsARowWithItsRecordingTime() {
        harness.publish("91110000600037341L", registered("91110000600037341L", "通州示例印刷有限公司"), T1);

        EnterpriseDirectoryPage page = harness.query(find(DirectoryFilter.nameContains(""), 0, 10), EnterpriseDirectoryPage.class);

        assertThat(page.items()).containsExactly(
                listing("91110000600037341L", "通州示例印刷有限公司", true));
    }

    @Test
    void applyingTheSameEventTwiceChangesNothing() {
        var message = harness.publish("91110000600037341L",
                                      registered("91110000600037341L", "通州示例印刷有限公司"), T1);
        Document before = collection().find().first();

        harness.redeliver(message);

        assertThat(collection().countDocuments()).isEqualTo(1);
        assertThat(collection().find().first()).isEqualTo(before);
    }

    @Test
    void filtersByChineseNameSubstringAndPagesInCreditCodeOrder() {
        harness.publish("91110112MA00000010", registered("91110112MA00000010", "北京通州甲食品有限公司"), T1);
        harness.publish("91110112MA00000029", registered("91110112MA00000029", "北京通州乙印刷有限公司"), T1);
        harness.publish("91110112MA0000003X", registered("91110112MA0000003X", "北京通州丙食品厂"), T1);

        EnterpriseDirectoryPage food = harness.query(find(DirectoryFilter.nameContains("食品"), 0, 10), EnterpriseDirectoryPage.class);
        EnterpriseDirectoryPage secondPage = harness.query(find(DirectoryFilter.all(), 1, 1), EnterpriseDirectoryPage.class);

        assertThat(food.items()).extracting(EnterpriseListing::name)
                                .containsExactly("北京通州甲食品有限公司", "北京通州丙食品厂");
        assertThat(harness.query(new CountEnterprises(DirectoryFilter.nameContains("食品")), Long.class)).isEqualTo(2L);
        assertThat(harness.query(new CountEnterprises(DirectoryFilter.nameContains(" ")), Long.class)).isEqualTo(3L);
        assertThat(secondPage.items()).extracting(EnterpriseListing::creditCode).containsExactly("91110112MA00000029");
    }

    @Test
    void aNameFilterIsTakenLiterallyNotAsAPattern() {
        harness.publish("91110112MA00000010", registered("91110112MA00000010", "甲(北京)食品有限公司"), T1);

        assertThat(harness.query(new CountEnterprises(DirectoryFilter.nameContains("(北京)")), Long.class)).isEqualTo(1L);
        assertThat(harness.query(new CountEnterprises(DirectoryFilter.nameContains(".*")), Long.class)).isZero();
    }

    @Test
    void findsOneEnterpriseByCreditCode() {
        harness.publish("91110000600037341L", registered("91110000600037341L", "通州示例印刷有限公司"), T1);

        assertThat(harness.query(new FindEnterpriseByCreditCode("91110000600037341L"), EnterpriseListing.class))
                .isEqualTo(listing("91110000600037341L", "通州示例印刷有限公司", true));
        assertThat(harness.query(new FindEnterpriseByCreditCode("91110000MA01ABCD1X"), EnterpriseListing.class))
                .isNull();
    }

    @Test
    void subscribersSeeNewRowsThatMatchTheirQuery() {
        UpdateHandlerRegistration<Object> byCode = subscribe(new FindEnterpriseByCreditCode("91110000600037341L"));
        UpdateHandlerRegistration<Object> printing = subscribe(find(DirectoryFilter.nameContains("印刷"), 0, 50));
        UpdateHandlerRegistration<Object> food = subscribe(find(DirectoryFilter.nameContains("食品"), 0, 50));

        harness.publish("91110000600037341L", registered("91110000600037341L", "通州示例印刷有限公司"), T1);
        List.of(byCode, printing, food).forEach(UpdateHandlerRegistration::complete);

        EnterpriseListing expected = listing("91110000600037341L", "通州示例印刷有限公司", true);
        assertThat(updates(byCode)).containsExactly(expected);
        assertThat(updates(printing)).containsExactly(expected);
        assertThat(updates(food)).isEmpty();
    }

    @Test
    void profileChangesAndLeavingScopeUpdateTheRowIdempotently() {
        harness.publish("91110000600037341L", registered("91110000600037341L", "通州示例印刷有限公司"), T1);
        EnterpriseRegistered renamed = registered("91110000600037341L", "通州新名印刷有限公司");
        var changed = harness.publish("91110000600037341L",
                                      new EnterpriseProfileChanged("91110000600037341L", renamed.profile(),
                                                                   LocalDate.of(2026, 1, 2)), T1.plusSeconds(60));
        var left = harness.publish("91110000600037341L",
                                   new EnterpriseLeftScope("91110000600037341L", ScopeExitReason.CLOSED,
                                                           LocalDate.of(2026, 2, 1), "注销", null), T1.plusSeconds(120));
        harness.redeliver(changed);
        harness.redeliver(left);

        assertThat(harness.query(new FindEnterpriseByCreditCode("91110000600037341L"), EnterpriseListing.class))
                .isEqualTo(listing("91110000600037341L", "通州新名印刷有限公司", false));
    }

    @Test
    void anEnterpriseRegisteredBeforeTheFullProfileIsListedByName() {
        harness.publish("91110000600037341L", new EnterpriseRegistered("91110000600037341L", null,
                new EnterpriseProfile("早期登记企业", null, null, null, null, null, false, null)), T1);

        assertThat(harness.query(new FindEnterpriseByCreditCode("91110000600037341L"), EnterpriseListing.class))
                .isEqualTo(new EnterpriseListing("91110000600037341L", "早期登记企业", null, null, null, null, false,
                                                 true, T1, null, null, null, "STANDARD", false));
    }

    @Test
    void theGradeInForceSetsTheTierAndAPreliminaryGradeDoesNot() {
        String code = "91110112MA00000010";
        harness.publish(code, registered(code, "甲企业"), T1);
        harness.publish(code, ShippedVersions.decided(code, 1, DecisionKind.PRELIMINARY, LocalDate.of(2026, 4, 22),
                                                      ShippedVersions.decision(ShippedVersions.exemplary())), T1);
        assertThat(row(code).tier()).isEqualTo("STANDARD");
        assertThat(row(code).grade()).isNull();

        var published = harness.publish(code, ShippedVersions.decided(
                code, 2, DecisionKind.FINAL, LocalDate.of(2026, 5, 12),
                ShippedVersions.decision(ShippedVersions.exemplary())), T1);
        harness.redeliver(published);

        EnterpriseListing row = row(code);
        assertThat(row.grade()).isEqualTo("A");
        assertThat(row.gradeKind()).isEqualTo("FINAL");
        assertThat(row.gradeSince()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(row.tier()).isEqualTo("POSITIVE_LIST");
        assertThat(row.lenient()).isTrue();

        harness.publish(code, ShippedVersions.decided(code, 3, DecisionKind.DYNAMIC, LocalDate.of(2026, 6, 10),
                                                      ShippedVersions.decision(ShippedVersions.falsifiedData("d"))),
                        T1);
        assertThat(row(code).tier()).isEqualTo("KEY");
        assertThat(row(code).lenient()).isFalse();
    }

    @Test
    void filtersByCodeStreetIndustryClassGradeAndTierAndSortsByGrade() {
        publishGraded("91110112MA00000010", "甲企业", ShippedVersions.exemplary());
        publishGraded("91110112MA00000029", "乙企业", ShippedVersions.seriousViolation("v"));
        publishGraded("91110112MA0000003X", "丙企业", ShippedVersions.falsifiedData("d"));
        harness.publish("91110000600037341L", registered("91110000600037341L", "丁企业"), T1);

        assertThat(codes(new DirectoryFilter(null, "91110112", null, null, null, null, null, false)))
                .containsExactly("91110112MA00000010", "91110112MA00000029", "91110112MA0000003X");
        assertThat(codes(new DirectoryFilter(null, null, "SONGZHUANG", "C23", "SIMPLIFIED", "C", null, false)))
                .containsExactly("91110112MA00000029");
        assertThat(codes(new DirectoryFilter(null, null, null, null, null, DirectoryFilter.UNGRADED, null, false)))
                .containsExactly("91110000600037341L");
        assertThat(codes(new DirectoryFilter(null, null, null, "C99", null, null, null, false))).isEmpty();
        assertThat(codes(DirectoryFilter.inTier("STANDARD"))).containsExactly("91110000600037341L", "91110112MA00000029");

        EnterpriseDirectoryPage byGrade = harness.query(
                new FindEnterprises(DirectoryFilter.all(), new DirectorySort(DirectorySort.Field.GRADE, true), 0, 10),
                EnterpriseDirectoryPage.class);
        assertThat(byGrade.items()).extracting(EnterpriseListing::grade).containsExactly("A", "C", "D", null);
        assertThat(harness.query(new FindPositiveList(0, 10), EnterpriseDirectoryPage.class).items())
                .extracting(EnterpriseListing::creditCode).containsExactly("91110112MA00000010");
        assertThat(harness.query(new FindKeySupervisionList(0, 10), EnterpriseDirectoryPage.class).items())
                .extracting(EnterpriseListing::creditCode).containsExactly("91110112MA0000003X");
        assertThat(harness.query(new FindEnterprisesByTier("STANDARD", 1, 10), EnterpriseDirectoryPage.class).items())
                .extracting(EnterpriseListing::creditCode).containsExactly("91110112MA00000029");
        assertThat(harness.query(new CountEnterprisesPerTier(), TierCounts.class).perTier())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("POSITIVE_LIST", 1L, "STANDARD", 2L, "KEY", 1L));
    }

    @Test
    void resetEmptiesTheCollection() {
        harness.publish("91110000600037341L", registered("91110000600037341L", "通州示例印刷有限公司"), T1);

        harness.reset();

        assertThat(collection().countDocuments()).isZero();
    }

    private static EnterpriseRegistered registered(String code, String name) {
        return new EnterpriseRegistered(code, LocalDate.of(2012, 3, 1), new EnterpriseProfile(
                name, new Industry("C2319", "包装装潢及其他印刷"), Subdistrict.SONGZHUANG, "通州区宋庄镇示例路1号",
                code + "001P", ManagementClass.SIMPLIFIED, false, new Contact("刘工", "13900139000")));
    }

    private static EnterpriseListing listing(String code, String name, boolean inScope) {
        return new EnterpriseListing(code, name, "SONGZHUANG", "C2319", "包装装潢及其他印刷", "SIMPLIFIED", false, inScope,
                                     T1, null, null, null, "STANDARD", false);
    }

    private static FindEnterprises find(DirectoryFilter filter, int offset, int limit) {
        return new FindEnterprises(filter, DirectorySort.BY_CREDIT_CODE, offset, limit);
    }

    private UpdateHandlerRegistration<Object> subscribe(Object query) {
        return updateEmitter.registerUpdateHandler(
                new GenericSubscriptionQueryMessage<>(query, ResponseTypes.instanceOf(Object.class),
                                                      ResponseTypes.instanceOf(EnterpriseListing.class)), 16);
    }

    private static List<Object> updates(UpdateHandlerRegistration<Object> registration) {
        return registration.getUpdates().map(SubscriptionQueryUpdateMessage::getPayload).collectList().block();
    }

    private void publishGraded(String code, String name, org.greencredit.domain.fact.ResolvedFact... facts) {
        harness.publish(code, registered(code, name), T1);
        harness.publish(code, ShippedVersions.decided(code, 1, DecisionKind.FINAL, LocalDate.of(2026, 5, 12),
                                                      ShippedVersions.decision(facts)), T1);
    }

    private List<String> codes(DirectoryFilter filter) {
        return harness.query(find(filter, 0, 50), EnterpriseDirectoryPage.class).items().stream()
                      .map(EnterpriseListing::creditCode).toList();
    }

    private EnterpriseListing row(String code) {
        return harness.query(new FindEnterpriseByCreditCode(code), EnterpriseListing.class);
    }

    private com.mongodb.client.MongoCollection<Document> collection() {
        return mongo.database().getCollection(EnterpriseDirectoryProjection.COLLECTION);
    }

    /** Each handler writes one document today; should one write two, a crash between them must still converge. */
    @Test
    void aCrashBetweenAHandlersWritesConvergesOnRedelivery() {
        String code = "91110112MA00000010";
        harness.publish(code, registered(code, "甲企业"), T1);
        harness.publish(code, new EnterpriseProfileChanged(code, registered(code, "甲企业新名").profile(),
                                                           LocalDate.of(2026, 1, 2)), T1);
        harness.publish(code, ShippedVersions.decided(code, 1, DecisionKind.FINAL, LocalDate.of(2026, 5, 12),
                                                      ShippedVersions.decision(ShippedVersions.exemplary())), T1);

        new CrashBetweenWrites(mongo, database -> new EnterpriseDirectoryProjection(database, updateEmitter,
                                                                                    new ShippedVersions()))
                .assertConverges(harness.published());
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        String code = "91110112MA00000010";
        harness.publish(code, registered(code, "甲企业"), T1);
        harness.publish(code, new EnterpriseProfileChanged(code, registered(code, "甲企业新名").profile(),
                                                           LocalDate.of(2026, 1, 2)), T1);
        harness.publish(code, ShippedVersions.decided(code, 1, DecisionKind.FINAL, LocalDate.of(2026, 5, 12),
                                                      ShippedVersions.decision(ShippedVersions.exemplary())), T1);

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, database -> new EnterpriseDirectoryProjection(
                database, updateEmitter, new ShippedVersions()));
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }

    /** Subscribers are told of each row as its event left it, though the batch writes the row only at its end. */
    @Test
    void inOneBatchSubscribersSeeTheRowAsEachEventLeftIt() {
        String code = "91110000600037341L";
        UpdateHandlerRegistration<Object> byCode = subscribe(new FindEnterpriseByCreditCode(code));

        harness.deliverInOneBatch(List.of(
                harness.next(code, registered(code, "通州示例印刷有限公司"), T1),
                harness.next(code, new EnterpriseProfileChanged(code, registered(code, "通州新名印刷有限公司").profile(),
                                                                LocalDate.of(2026, 1, 2)), T1),
                harness.next(code, new EnterpriseLeftScope(code, ScopeExitReason.CLOSED, LocalDate.of(2026, 2, 1),
                                                           "注销", null), T1)));
        byCode.complete();

        assertThat(updates(byCode)).containsExactly(listing(code, "通州示例印刷有限公司", true),
                                                    listing(code, "通州新名印刷有限公司", true),
                                                    listing(code, "通州新名印刷有限公司", false));
    }
}
