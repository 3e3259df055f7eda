package org.greencredit.projections.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.projections.ShippedVersions.decided;
import static org.greencredit.projections.ShippedVersions.decision;
import static org.greencredit.projections.ShippedVersions.decisionId;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.axonframework.eventhandling.EventMessage;
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
import org.greencredit.projections.CrashBetweenWrites;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.ShippedVersions;
import org.greencredit.projections.published.PublishedLookup.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PublishedResultsProjectionTest {

    private static final Instant AT = Instant.parse("2026-05-12T02:00:00Z");
    private static final String CODE = "91110112MA00000010";
    private static final String OTHER = "91110000600037341L";
    private static final String UNKNOWN = "91110112MA0000001X";

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new PublishedResultsProjection(mongo.database(), new ShippedVersions()));
    }

    /**
     * Positions 0–7: both registered; PRELIMINARY C of CODE (2); FINAL C (3); OTHER's PRELIMINARY A (4); CODE renamed
     * (5); REPAIR B (6); CODE leaves scope (7).
     */
    private List<EventMessage<?>> history() {
        var serious = ShippedVersions.seriousViolation("v");
        harness.publish(CODE, registered(CODE, "通州示例化工有限公司"), AT);
        harness.publish(OTHER, registered(OTHER, "通州示例印刷有限公司"), AT);
        harness.publish(CODE, decided(CODE, 1, DecisionKind.PRELIMINARY, LocalDate.of(2026, 4, 22), decision(serious)),
                        AT);
        harness.publish(CODE, decided(CODE, 2, DecisionKind.FINAL, LocalDate.of(2026, 5, 12), decision(serious)), AT);
        harness.publish(OTHER, decided(OTHER, 1, DecisionKind.PRELIMINARY, LocalDate.of(2026, 4, 22),
                                       decision(ShippedVersions.exemplary())), AT);
        harness.publish(CODE, new EnterpriseProfileChanged(CODE, profile(CODE, "通州示例新材料有限公司"),
                                                           LocalDate.of(2026, 6, 1)), AT);
        harness.publish(CODE, decided(CODE, 3, DecisionKind.REPAIR, LocalDate.of(2026, 6, 12), decision()), AT);
        harness.publish(CODE, new EnterpriseLeftScope(CODE, ScopeExitReason.RELOCATED, LocalDate.of(2026, 7, 1),
                                                      "迁出通州区", null), AT);
        return harness.published();
    }

    @Test
    void aPreliminaryGradeIsNeverPublished() {
        var serious = ShippedVersions.seriousViolation("v");
        harness.publish(CODE, registered(CODE, "通州示例化工有限公司"), AT);
        harness.publish(CODE, decided(CODE, 1, DecisionKind.PRELIMINARY, LocalDate.of(2026, 4, 22), decision(serious)),
                        AT);

        assertThat(lookup(CODE).status()).isEqualTo(Status.NO_PUBLISHED_RESULT);
        assertThat(lookup(CODE).result()).isNull();
        assertThat(changes(-1, 100).changes()).isEmpty();
        assertThat(harness.query(new FindCyclePublishedResults(ShippedVersions.CYCLE, 0, 10),
                                 CyclePublishedPage.class).total()).isZero();
    }

    @Test
    void theEffectiveResultIsTheLatestPublishedDecisionWithItsTier() {
        var serious = ShippedVersions.seriousViolation("v");
        harness.publish(CODE, registered(CODE, "通州示例化工有限公司"), AT);
        harness.publish(CODE, decided(CODE, 1, DecisionKind.PRELIMINARY, LocalDate.of(2026, 4, 22), decision(serious)),
                        AT);
        harness.publish(CODE, decided(CODE, 2, DecisionKind.FINAL, LocalDate.of(2026, 5, 12), decision(serious)), AT);

        PublishedResult result = lookup(CODE).result();
        assertThat(result).isEqualTo(new PublishedResult(
                CODE, "通州示例化工有限公司", "C", "STANDARD", "FINAL", decisionId(CODE, 2), "TZ-GREEN-CREDIT",
                "2026.1", ShippedVersions.ENGINE.versionHash(), LocalDate.of(2026, 5, 12), null,
                ShippedVersions.CYCLE, LocalDate.of(2026, 5, 12), 2));
    }

    @Test
    void everyChangeOfTheEffectiveResultHasItsPositionAsCursor() {
        history();

        PublishedChangePage page = changes(-1, 100);
        assertThat(page.changes()).extracting(PublishedChange::cursor, PublishedChange::change)
                                  .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "DECIDED"),
                                                   org.assertj.core.groups.Tuple.tuple(5L, "RENAMED"),
                                                   org.assertj.core.groups.Tuple.tuple(6L, "DECIDED"),
                                                   org.assertj.core.groups.Tuple.tuple(7L, "LEFT_SCOPE"));
        assertThat(page.nextCursor()).isEqualTo(7);
        assertThat(page.changes().get(1).result().grade()).isEqualTo("C");
        assertThat(page.changes().get(1).result().enterpriseName()).isEqualTo("通州示例新材料有限公司");
        assertThat(page.changes().get(2).result().grade()).isEqualTo("B");
        assertThat(page.changes().get(2).result().tier()).isEqualTo("REDUCED");
        assertThat(page.changes().get(3).result().validUntil()).isEqualTo(LocalDate.of(2026, 7, 1));

        assertThat(changes(3, 2).changes()).extracting(PublishedChange::cursor).containsExactly(5L, 6L);
        assertThat(changes(3, 2).nextCursor()).isEqualTo(6);
        assertThat(changes(7, 100).changes()).isEmpty();
        assertThat(changes(7, 100).nextCursor()).isEqualTo(7);

        PublishedResult now = lookup(CODE).result();
        assertThat(now.decisionKind()).isEqualTo("REPAIR");
        assertThat(now.validUntil()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(now.cursor()).isEqualTo(7);
    }

    @Test
    void aBatchAnswersEachCodeInTheOrderAsked() {
        history();

        List<PublishedLookup> answers = harness.query(new FindPublishedResults(List.of(UNKNOWN, OTHER, CODE, CODE)),
                                                      PublishedLookups.class).lookups();
        assertThat(answers).extracting(PublishedLookup::creditCode).containsExactly(UNKNOWN, OTHER, CODE, CODE);
        assertThat(answers).extracting(PublishedLookup::status)
                           .containsExactly(Status.NOT_FOUND, Status.NO_PUBLISHED_RESULT, Status.FOUND, Status.FOUND);
    }

    @Test
    void oneCyclesResultsArePaged() {
        for (int i = 0; i < 5; i++) {
            String code = code(i);
            harness.publish(code, registered(code, "企业" + i), AT);
            harness.publish(code, decided(code, 1, DecisionKind.FINAL, LocalDate.of(2026, 5, 12),
                                          decision()), AT);
        }

        CyclePublishedPage page = harness.query(new FindCyclePublishedResults(ShippedVersions.CYCLE, 2, 2),
                                                CyclePublishedPage.class);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.results()).extracting(PublishedResult::creditCode).containsExactly(code(2), code(3));
        assertThat(harness.query(new FindCyclePublishedResults("2027-ANNUAL", 0, 10), CyclePublishedPage.class)
                          .total()).isZero();
    }

    @Test
    void theFeedPagesAcrossBuckets() {
        for (int i = 0; i < 600; i++) {
            String code = code(i);
            harness.publish(code, registered(code, "企业" + i), AT);
            harness.publish(code, decided(code, 1, DecisionKind.FINAL, LocalDate.of(2026, 5, 12), decision()), AT);
        }

        List<Long> cursors = new ArrayList<>();
        long cursor = -1;
        PublishedChangePage page;
        do {
            page = changes(cursor, 250);
            page.changes().forEach(change -> cursors.add(change.cursor()));
            cursor = page.nextCursor();
        } while (!page.changes().isEmpty());
        assertThat(cursors).hasSize(600).isSorted().doesNotHaveDuplicates();
        assertThat(cursors.get(599)).isEqualTo(1199L);
    }

    @Test
    void deliveringEveryEventTwiceChangesNothing() {
        List<EventMessage<?>> history = history();
        TreeMap<String, List<String>> once = contents(mongo.database());

        MongoDatabase twice = mongo.database("twice");
        ProjectionHarness again = new ProjectionHarness(new PublishedResultsProjection(twice, new ShippedVersions()));
        for (EventMessage<?> message : history) {
            again.redeliver(message);
            again.redeliver(message);
        }
        assertThat(contents(twice)).isEqualTo(once);
    }

    @Test
    void aRebuildGivesTheSameResultsAndCursors() {
        List<EventMessage<?>> history = history();
        TreeMap<String, List<String>> before = contents(mongo.database());

        harness.reset();
        assertThat(lookup(CODE).status()).isEqualTo(Status.NOT_FOUND);
        assertThat(changes(-1, 10).changes()).isEmpty();
        history.forEach(harness::redeliver);

        assertThat(contents(mongo.database())).isEqualTo(before);
    }

    @Test
    void aCrashBetweenAHandlersWritesConvergesOnRedelivery() {
        List<EventMessage<?>> history = history();

        assertThat(new CrashBetweenWrites(mongo, database -> new PublishedResultsProjection(database,
                                                                                            new ShippedVersions()))
                           .assertConverges(history)).isPositive();
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        List<EventMessage<?>> history = history();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, database -> new PublishedResultsProjection(database, new ShippedVersions()));
        assertThat(crashes.assertConvergesInBatches(history, 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(history, history.size())).isPositive();
    }

    private PublishedLookup lookup(String code) {
        return harness.query(new FindPublishedResults(List.of(code)), PublishedLookups.class).lookups().get(0);
    }

    private PublishedChangePage changes(long after, int limit) {
        return harness.query(new FindPublishedChanges(after, limit), PublishedChangePage.class);
    }

    private static String code(int n) {
        String first17 = "91110112MA" + String.format("%07d", n);
        return first17 + org.greencredit.domain.enterprise.CreditCode.checkCharacter(first17);
    }

    private static TreeMap<String, List<String>> contents(MongoDatabase database) {
        TreeMap<String, List<String>> contents = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            List<String> documents = new ArrayList<>();
            database.getCollection(name).find().sort(Sorts.ascending("_id"))
                    .forEach((Document document) -> documents.add(document.toJson()));
            contents.put(name, documents);
        }
        return contents;
    }

    private static EnterpriseRegistered registered(String code, String name) {
        return new EnterpriseRegistered(code, LocalDate.of(2012, 3, 1), profile(code, name));
    }

    private static EnterpriseProfile profile(String code, String name) {
        return new EnterpriseProfile(name, new Industry("C2319", "包装装潢及其他印刷"), Subdistrict.SONGZHUANG,
                                     "通州区宋庄镇示例路1号", code + "001P", ManagementClass.SIMPLIFIED, false,
                                     new Contact("刘工", "13900139000"));
    }
}
