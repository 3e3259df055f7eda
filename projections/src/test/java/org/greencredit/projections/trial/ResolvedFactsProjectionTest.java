package org.greencredit.projections.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.FactLedger;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DeclaredItemsLapsed;
import org.greencredit.domain.creditfile.api.EnterpriseIncludedInBatch;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.Industry;
import org.greencredit.domain.enterprise.ManagementClass;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.enterprise.Subdistrict;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.trial.TrialPopulation;
import org.greencredit.domain.trial.TrialSubject;
import org.greencredit.projections.CrashBetweenWrites;
import org.greencredit.projections.InMemoryMongo;
import org.greencredit.projections.ProjectionHarness;
import org.greencredit.projections.ShippedVersions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResolvedFactsProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final String A = "91110112MA00000010";
    private static final String B = "91110112MA00000029";
    private static final String GONE = "91110112MA00000037";
    private static final FactAttributes FINED = FactAttributes.of(
            "category", "EXCEEDING_STANDARDS", "severity", "GENERAL", "fineYuan", new BigDecimal("50000.5"),
            "measures", List.of("FINE"), "decisionNo", "京通环罚〔2025〕12号", "medium", "AIR", "penaltyExempted", false);

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    private final FactLedger expected = new FactLedger();
    private ProjectionHarness harness;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(new ResolvedFactsProjection(mongo.database()));
    }

    private void district() {
        harness.publish(A, new EnterpriseRegistered(A, LocalDate.of(2012, 3, 1), profile("甲", Subdistrict.SONGZHUANG,
                                                                                         "C2319", ManagementClass.KEY)), AT);
        harness.publish(B, new EnterpriseRegistered(B, LocalDate.of(2012, 3, 1), profile("乙", Subdistrict.YONGSHUN,
                                                                                         "D4411", ManagementClass.SIMPLIFIED)), AT);
        harness.publish(GONE, new EnterpriseRegistered(GONE, LocalDate.of(2012, 3, 1),
                                                       profile("丙", Subdistrict.SONGZHUANG, "C2319",
                                                               ManagementClass.KEY)), AT);
        harness.publish(GONE, new EnterpriseLeftScope(GONE, ScopeExitReason.CLOSED, LocalDate.of(2026, 1, 5), "关停",
                                                      null), AT);
        harness.publish(A, new EnterpriseIncludedInBatch(A, "2026-TRIAL", LocalDate.of(2026, 1, 2)), AT);
        ledger(new FactRecorded(A, "v1", FactType.VIOLATION, LocalDate.of(2025, 5, 10), FactSource.ENFORCEMENT,
                                new Evidence("京通环罚〔2025〕12号", "笔录"), FINED));
        ledger(new FactRecorded(A, "v2", FactType.VIOLATION, LocalDate.of(2025, 6, 10), FactSource.ENFORCEMENT,
                                Evidence.of("京通环罚〔2025〕13号"), FINED.with("decisionNo", "京通环罚〔2025〕13号")));
        ledger(new FactRecorded(A, "v3", FactType.VIOLATION, LocalDate.of(2025, 7, 10), FactSource.ENFORCEMENT,
                                Evidence.of("京通环罚〔2025〕14号"), FINED.with("decisionNo", "京通环罚〔2025〕14号")));
        ledger(new ViolationCorrected(A, "v1", CorrectionOutcome.REVOKED, LocalDate.of(2026, 1, 5),
                                      Evidence.of("复议决定"), FactAttributes.empty()));
        ledger(new ViolationCorrected(A, "v2", CorrectionOutcome.CHANGED, LocalDate.of(2026, 1, 6),
                                      Evidence.of("复议决定"), FINED.with("severity", "MINOR")));
        ledger(new RepairApproved(A, "app", List.of("v3"), LocalDate.of(2026, 6, 12)));
        ledger(new ItemDeclared(A, "i1", "2026-TRIAL-1", FactType.CREDIT_COMMITMENT, LocalDate.of(2025, 2, 1),
                                Evidence.of("承诺书"), FactAttributes.of("text", "承诺")));
        ledger(new ItemDeclared(A, "i2", "2026-TRIAL-1", FactType.CREDIT_COMMITMENT, LocalDate.of(2025, 3, 1),
                                Evidence.of("承诺书"), FactAttributes.of("text", "承诺")));
        ledger(new DeclaredItemVerified(A, "i1", VerificationOutcome.CONFIRMED, LocalDate.of(2026, 4, 1), null));
        ledger(new DeclaredItemsLapsed(A, "2026-TRIAL-1", List.of("i2"), LocalDate.of(2026, 4, 22)));
        harness.publish(A, ShippedVersions.decided(A, 1, DecisionKind.PRELIMINARY, LocalDate.of(2026, 4, 21),
                                                   ShippedVersions.decision()), AT);
        harness.publish(A, ShippedVersions.decided(A, 2, DecisionKind.FINAL, LocalDate.of(2026, 5, 20),
                                                   ShippedVersions.decision()), AT);
    }

    private void ledger(Object event) {
        expected.applyEvent(event);
        harness.publish(A, event, AT);
    }

    private static EnterpriseProfile profile(String name, Subdistrict subdistrict, String industry,
                                             ManagementClass managementClass) {
        return new EnterpriseProfile(name, new Industry(industry, "行业"), subdistrict, "通州区某路1号",
                                     "91110112MA00000010001P", managementClass, false, null);
    }

    private List<TrialSubject> find(TrialPopulation population, LocalDate inForceOn) {
        return harness.query(new FindTrialPopulation(population, inForceOn), TrialPopulationFacts.class).subjects();
    }

    @Test
    void theFactsAreResolvedExactlyAsTheCreditFileResolvesThem() {
        district();

        List<TrialSubject> subjects = find(TrialPopulation.district(), null);

        assertThat(subjects).extracting(TrialSubject::creditCode).containsExactly(A, B);
        assertThat(subjects.get(0).facts()).isEqualTo(expected.resolved()).extracting(f -> f.factId())
                                           .containsExactly("i1", "v2");
        assertThat(subjects.get(1).facts()).isEmpty();
        assertThat(subjects).allMatch(s -> s.inForce() == null);
    }

    @Test
    void aPopulationIsABatchOrAFilterAndLeavesOutWhoLeftScope() {
        district();

        assertThat(find(TrialPopulation.batch("2026-TRIAL"), null)).extracting(TrialSubject::creditCode)
                                                                    .containsExactly(A);
        assertThat(find(new TrialPopulation(TrialPopulation.Kind.FILTER, null, Subdistrict.SONGZHUANG, "C23", null),
                        null)).extracting(TrialSubject::creditCode).containsExactly(A);
        assertThat(find(new TrialPopulation(TrialPopulation.Kind.FILTER, null, null, null,
                                            ManagementClass.SIMPLIFIED), null))
                .extracting(TrialSubject::creditCode).containsExactly(B);
        assertThat(find(TrialPopulation.batch("none"), null)).isEmpty();
    }

    @Test
    void theGradeInForceIsTheOneInForceOnTheDay() {
        district();

        assertThat(find(TrialPopulation.district(), LocalDate.of(2026, 5, 19)).get(0).inForce()).isNull();
        assertThat(find(TrialPopulation.district(), LocalDate.of(2026, 5, 20)).get(0).inForce())
                .isEqualTo(ShippedVersions.decision());
    }

    @Test
    void deliveringEventsAgainChangesNothingAndACrashConverges() {
        district();
        harness.published().forEach(harness::redeliver);

        assertThat(find(TrialPopulation.district(), null).get(0).facts()).isEqualTo(expected.resolved());
        new CrashBetweenWrites(mongo, ResolvedFactsProjection::new).assertConverges(harness.published());
        harness.reset();
        assertThat(find(TrialPopulation.district(), null)).isEmpty();
    }

    @Test
    void inBatchesTheReadModelIsTheSameAndACrashWhileABatchIsWrittenConverges() {
        district();

        CrashBetweenWrites crashes = new CrashBetweenWrites(mongo, ResolvedFactsProjection::new);
        assertThat(crashes.assertConvergesInBatches(harness.published(), 3)).isPositive();
        assertThat(crashes.assertConvergesInBatches(harness.published(), harness.published().size())).isPositive();
    }
}
