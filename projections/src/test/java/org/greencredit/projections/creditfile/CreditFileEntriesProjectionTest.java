package org.greencredit.projections.creditfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DeclaredItemsLapsed;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.CrashBetweenWrites;
import org.greencredit.projections.support.EnterpriseLookup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreditFileEntriesProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final String CODE = "91110112MA00000010";
    private static final FactAttributes FINED = FactAttributes.of(
            "category", "EXCEEDING_STANDARDS", "severity", "GENERAL", "fineYuan", new BigDecimal("50000.5"),
            "measures", List.of("FINE"), "decisionNo", "京通环罚〔2025〕12号", "medium", "AIR", "penaltyExempted", false);

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private final List<GenericDomainEventMessage<Object>> delivered = new ArrayList<>();
    private ProjectionHarness harness;

    /** How the projection finds an enterprise's documents; a subclass runs every test the other way. */
    EnterpriseLookup lookup() {
        return EnterpriseLookup.COMPANION;
    }

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new CreditFileEntriesProjection(mongo.database(), lookup()));
    }

    private void file() {
        publish(new FactRecorded(CODE, "v1", FactType.VIOLATION, LocalDate.of(2025, 5, 10), FactSource.ENFORCEMENT,
                                 new Evidence("京通环罚〔2025〕12号", "笔录"), FINED));
        publish(new FactRecorded(CODE, "v2", FactType.VIOLATION, LocalDate.of(2025, 6, 10), FactSource.ENFORCEMENT,
                                 Evidence.of("京通环罚〔2025〕13号"), FINED.with("decisionNo", "京通环罚〔2025〕13号")));
        publish(new FactRecorded(CODE, "v3", FactType.VIOLATION, LocalDate.of(2025, 7, 10), FactSource.ENFORCEMENT,
                                 Evidence.of("京通环罚〔2025〕14号"), FINED.with("decisionNo", "京通环罚〔2025〕14号")));
        publish(new ViolationCorrected(CODE, "v1", CorrectionOutcome.REVOKED, LocalDate.of(2026, 1, 5),
                                       Evidence.of("复议决定"), FactAttributes.empty()));
        publish(new ViolationCorrected(CODE, "v2", CorrectionOutcome.CHANGED, LocalDate.of(2026, 1, 6),
                                       Evidence.of("复议决定"), FINED.with("severity", "MINOR")));
        publish(new RepairApproved(CODE, "app", List.of("v3"), LocalDate.of(2026, 6, 12)));
        publish(new ItemDeclared(CODE, "i1", "2026-TRIAL-1", FactType.CREDIT_COMMITMENT, LocalDate.of(2025, 2, 1),
                                 Evidence.of("承诺书"), FactAttributes.of("text", "承诺")));
        publish(new ItemDeclared(CODE, "i2", "2026-TRIAL-1", FactType.AWARD, LocalDate.of(2025, 3, 1),
                                 Evidence.of("证书"), FactAttributes.of("level", "DISTRICT", "title", "奖",
                                                                       "issuer", "区政府")));
        publish(new ItemDeclared(CODE, "i3", "2026-TRIAL-1", FactType.AWARD, LocalDate.of(2025, 4, 1),
                                 Evidence.of("证书"), FactAttributes.of("level", "DISTRICT", "title", "奖",
                                                                       "issuer", "区政府")));
        publish(new DeclaredItemVerified(CODE, "i1", VerificationOutcome.CONFIRMED, LocalDate.of(2026, 4, 1), null));
        publish(new DeclaredItemVerified(CODE, "i2", VerificationOutcome.FALSE, LocalDate.of(2026, 4, 1), "伪造"));
        publish(new DeclaredItemsLapsed(CODE, "2026-TRIAL-1", List.of("i3"), LocalDate.of(2026, 4, 22)));
    }

    private void publish(Object event) {
        delivered.add(harness.publish(CODE, event, AT));
    }

    @Test
    void everyEntryShowsItsCurrentStatus() {
        file();

        List<CreditFileEntry> entries = harness.query(new FindCreditFileEntries(CODE), CreditFileEntries.class)
                                               .entries();

        assertThat(entries).extracting(CreditFileEntry::id, CreditFileEntry::entry, CreditFileEntry::status)
                           .containsExactly(tuple("i1", "DECLARATION", "CONFIRMED"), tuple("i2", "DECLARATION", "FALSE"),
                                            tuple("i3", "DECLARATION", "LAPSED"), tuple("v1", "FACT", "REVOKED"),
                                            tuple("v2", "FACT", "CHANGED"), tuple("v3", "FACT", "REPAIRED"));
        CreditFileEntry changed = entries.get(4);
        assertThat(changed.attributes()).containsEntry("severity", "MINOR")
                                        .containsEntry("fineYuan", new BigDecimal("50000.5"));
        assertThat(changed.statusSince()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(entries.get(3).evidenceDescription()).isEqualTo("笔录");
        assertThat(entries.get(0).cycleId()).isEqualTo("2026-TRIAL-1");
        assertThat(harness.query(new FindCreditFileEntries("91110112MA00000029"), CreditFileEntries.class)
                          .entries()).isEmpty();
    }

    @Test
    void deliveringEveryEventAgainChangesNothing() {
        file();
        List<Document> before = all();

        List.copyOf(delivered).forEach(harness::redeliver);

        assertThat(all()).isEqualTo(before);
    }

    @Test
    void resetEmptiesTheCollection() {
        file();
        harness.reset();
        assertThat(all()).isEmpty();
    }

    private List<Document> all() {
        return mongo.database().getCollection(CreditFileEntriesProjection.COLLECTION).find().into(new ArrayList<>());
    }

    @Test
    void aCrashBetweenAHandlersWritesConvergesOnRedelivery() {
        file();

        CrashBetweenWrites.assertCrashPointsFit(
                new CrashBetweenWrites(mongo, database -> new CreditFileEntriesProjection(database, lookup())).assertConverges(harness.published()), lookup());
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        file();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, database -> new CreditFileEntriesProjection(database, lookup()));
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }
}
