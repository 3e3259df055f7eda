package org.greencredit.domain.creditfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.SYSTEM;
import static org.greencredit.domain.support.CreditFileFixtures.id;
import static org.greencredit.domain.support.CreditFileFixtures.registered;
import static org.greencredit.domain.support.EvaluationFixtures.CYCLE;
import static org.greencredit.domain.support.EvaluationFixtures.PERIOD_FROM;
import static org.greencredit.domain.support.EvaluationFixtures.decisionId;
import static org.greencredit.domain.support.EvaluationFixtures.declarationClosed;
import static org.greencredit.domain.support.EvaluationFixtures.disclosed;
import static org.greencredit.domain.support.EvaluationFixtures.disclosureClosed;
import static org.greencredit.domain.support.EvaluationFixtures.graded;
import static org.greencredit.domain.support.EvaluationFixtures.opened;
import static org.greencredit.domain.support.EvaluationFixtures.preliminaryOn;
import static org.greencredit.domain.support.EvaluationFixtures.published;
import static org.greencredit.domain.support.EvaluationFixtures.seriousViolation;
import static org.greencredit.domain.support.EvaluationFixtures.seriousViolationFact;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.common.SimulatedClock;
import org.greencredit.domain.creditfile.api.CorrectViolation;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.PublishFinalGrade;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.decisionnumber.api.DecisionNumberClaimed;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.RuleHit;
import org.greencredit.domain.support.CreditFileFixtures.ClaimedNumbers;
import org.greencredit.domain.support.CreditFileFixtures;
import org.greencredit.domain.support.DefaultVersions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 动态调整 after publication, worked by hand on the default version. */
class DynamicAdjustmentTest {

    private static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 5, 15);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 12);
    private static final Evidence REPORT = Evidence.of("京通环应〔2026〕3号");

    private final SimulatedClock clock = new SimulatedClock(TODAY);
    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CreditFileFixtures.fixture(new ClaimedNumbers(), clock);
    }

    /** Published B on 80.0: no facts at all in 2025. */
    private static Object[] publishedB() {
        GradeDecision decision = preliminaryOn(List.of());
        return new Object[] {registered(), opened(), declarationClosed(), graded(1, decision), disclosed(),
                             disclosureClosed(), published(2, 1, decision, PUBLISHED_ON)};
    }

    /** Published C on 70.0: the serious violation of 2025-03-10. */
    private static Object[] publishedC() {
        GradeDecision decision = preliminaryOn(List.of(seriousViolationFact(id(1))));
        return new Object[] {registered(), seriousViolation(id(1)), opened(), declarationClosed(),
                             graded(1, decision), disclosed(), disclosureClosed(),
                             published(2, 1, decision, PUBLISHED_ON)};
    }

    private static FactRecorded recorded(String factId, FactType type, LocalDate on, FactAttributes attributes) {
        return new FactRecorded(CODE, factId, type, on, FactSource.ENFORCEMENT, REPORT,
                                type.validate(attributes, on));
    }

    @Test
    void aNewIncidentThatHitsADowngradeLowersTheGradeAtOnce() {
        LocalDate incidentOn = LocalDate.of(2026, 6, 10);
        FactAttributes incident = FactAttributes.of("level", "GENERAL", "responsible", true);
        FactRecorded incidentRecorded = recorded(id(5), FactType.INCIDENT, incidentOn, incident);
        ResolvedFact incidentFact = new ResolvedFact(id(5), FactType.INCIDENT, incidentOn,
                                                     incidentRecorded.attributes());
        GradeDecision adjusted = DefaultVersions.ENGINE.score(List.of(incidentFact), PERIOD_FROM, incidentOn,
                                                              incidentOn);

        fixture.given(publishedB())
               .when(new RecordFact(CODE, id(5), FactType.INCIDENT, incidentOn, FactSource.ENFORCEMENT, REPORT,
                                    incident), OFFICER)
               .expectEvents(incidentRecorded,
                             new GradeDecided(CODE, decisionId(3), DecisionKind.DYNAMIC, CYCLE, TODAY, adjusted,
                                              decisionId(2), new DecisionTrigger(DecisionTrigger.NEW_FACT, id(5))))
               .expectState(file -> {
                   // window 2025-01-01..2026-06-10: EM 30 − 5 (EM04-b) + PP 50 = 75.0 → B, DG01 one step → C
                   GradeDecision inForce = file.effectiveDecision().orElseThrow().decision();
                   assertThat(inForce.total()).isEqualByComparingTo("75.0");
                   assertThat(inForce.scoreGrade()).isEqualTo("B");
                   assertThat(inForce.grade()).isEqualTo("C");
                   assertThat(inForce.downgrades()).extracting(RuleHit::ruleId).containsExactly("DG01");
                   assertThat(inForce.periodTo()).isEqualTo(incidentOn);
                   assertThat(inForce.asOf()).isEqualTo(incidentOn);
               });
    }

    @Test
    void aNewFactThatHitsACeilingButDoesNotLowerTheGradeChangesNothing() {
        LocalDate violationOn = LocalDate.of(2026, 6, 1);
        FactAttributes noise = FactAttributes.of("category", "NOISE", "severity", "MINOR", "medium", "NOISE",
                                                 "decisionNo", "京通环罚〔2026〕8号");
        // 80 − 1 (PP05-a) = 79.0 → B; ceiling C01 (penalised, no better than B) names it, but B is no worse than B
        fixture.given(publishedB())
               .when(new RecordFact(CODE, id(6), FactType.VIOLATION, violationOn, FactSource.ENFORCEMENT, REPORT,
                                    noise), OFFICER)
               .expectEvents(recorded(id(6), FactType.VIOLATION, violationOn, noise),
                             new DecisionNumberClaimed("decision-no:京通环罚〔2026〕8号", "京通环罚〔2026〕8号", CODE, id(6)))
               .expectState(file -> assertThat(file.effectiveDecision().orElseThrow().kind())
                       .isEqualTo(DecisionKind.FINAL));
    }

    @Test
    void withoutAGradeInForceANewFactWaitsForTheNextDecision() {
        LocalDate incidentOn = LocalDate.of(2026, 6, 10);
        FactAttributes incident = FactAttributes.of("level", "LARGER", "responsible", true);
        fixture.given(registered(), opened())
               .when(new RecordFact(CODE, id(5), FactType.INCIDENT, incidentOn, FactSource.ENFORCEMENT, REPORT,
                                    incident), OFFICER)
               .expectEvents(recorded(id(5), FactType.INCIDENT, incidentOn, incident))
               .expectState(file -> assertThat(file.decisions()).isEmpty());
    }

    @Test
    void aRevokedViolationRaisesTheGrade() {
        fixture.given(publishedC())
               .when(new CorrectViolation(CODE, id(1), CorrectionOutcome.REVOKED, TODAY, Evidence.of("京通政复〔2026〕2号"),
                                          null), OFFICER)
               .expectEvents(new ViolationCorrected(CODE, id(1), CorrectionOutcome.REVOKED, TODAY,
                                                    Evidence.of("京通政复〔2026〕2号"), FactAttributes.empty()),
                             new GradeDecided(CODE, decisionId(3), DecisionKind.DYNAMIC, CYCLE, TODAY,
                                              preliminaryOn(List.of()), decisionId(2),
                                              new DecisionTrigger(DecisionTrigger.CORRECTION, id(1))))
               .expectState(file -> {
                   // without the violation: 30 + 50 = 80.0 → B, up from C
                   GradeDecision inForce = file.effectiveDecision().orElseThrow().decision();
                   assertThat(inForce.total()).isEqualByComparingTo("80.0");
                   assertThat(inForce.grade()).isEqualTo("B");
               });
    }

    @Test
    void aCorrectionOfAFactTheGradeDidNotWeighChangesNothing() {
        LocalDate later = LocalDate.of(2026, 6, 1);
        FactRecorded laterViolation = recorded(id(7), FactType.VIOLATION, later, FactAttributes.of(
                "category", "NOISE", "severity", "MINOR", "medium", "NOISE", "decisionNo", "京通环罚〔2026〕9号"));
        fixture.given(publishedC()).andGiven(laterViolation)
               .when(new CorrectViolation(CODE, id(7), CorrectionOutcome.REVOKED, TODAY, Evidence.of("京通政复〔2026〕3号"),
                                          null), OFFICER)
               .expectEvents(new ViolationCorrected(CODE, id(7), CorrectionOutcome.REVOKED, TODAY,
                                                    Evidence.of("京通政复〔2026〕3号"), FactAttributes.empty()));
    }

    @Test
    void aVetoLearntDuringDisclosureFollowsThePublicationAtOnce() {
        LocalDate falsifiedOn = LocalDate.of(2026, 4, 28);
        FactRecorded falsification = recorded(id(8), FactType.VIOLATION, falsifiedOn, FactAttributes.of(
                "category", "DATA_FALSIFICATION", "severity", "GRAVE", "medium", "AIR",
                "decisionNo", "京通环罚〔2026〕5号"));
        GradeDecision preliminary = preliminaryOn(List.of());
        ResolvedFact falsified = new ResolvedFact(id(8), FactType.VIOLATION, falsifiedOn, falsification.attributes());
        GradeDecision adjusted = DefaultVersions.ENGINE.score(List.of(falsified), PERIOD_FROM, falsifiedOn,
                                                              falsifiedOn);
        clock.moveTo(PUBLISHED_ON);

        fixture.given(registered(), opened(), declarationClosed(), graded(1, preliminary), disclosed(),
                      falsification, disclosureClosed())
               .when(new PublishFinalGrade(CODE, CYCLE), SYSTEM)
               .expectEvents(published(2, 1, preliminary, PUBLISHED_ON),
                             new GradeDecided(CODE, decisionId(3), DecisionKind.DYNAMIC, CYCLE, PUBLISHED_ON,
                                              adjusted, decisionId(2),
                                              new DecisionTrigger(DecisionTrigger.NEW_FACT, id(8))))
               .expectState(file -> {
                   GradeDecision inForce = file.effectiveDecision().orElseThrow().decision();
                   assertThat(inForce.vetoes()).extracting(RuleHit::ruleId).containsExactly("V06");
                   assertThat(inForce.grade()).isEqualTo("D");
                   assertThat(file.effectiveDecisionOn(PUBLISHED_ON).orElseThrow().kind())
                           .isEqualTo(DecisionKind.DYNAMIC);
               });
    }
}
