package org.greencredit.domain.creditfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.support.Refusals.refused;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.OTHER_ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.REVIEWER;
import static org.greencredit.domain.support.CreditFileFixtures.SYSTEM;
import static org.greencredit.domain.support.CreditFileFixtures.id;
import static org.greencredit.domain.support.CreditFileFixtures.registered;
import static org.greencredit.domain.support.EvaluationFixtures.CYCLE;
import static org.greencredit.domain.support.EvaluationFixtures.SERIOUS;
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
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.common.SimulatedClock;
import org.greencredit.domain.creditfile.api.ApplyForRepair;
import org.greencredit.domain.creditfile.api.DecideRepair;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.RecordRepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RepairApplied;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.RepairDecisionOverdue;
import org.greencredit.domain.creditfile.api.RepairOutcome;
import org.greencredit.domain.creditfile.api.RepairRejected;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.RepairConditionKind;
import org.greencredit.domain.repair.RepairCondition;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.support.CreditFileFixtures.ClaimedNumbers;
import org.greencredit.domain.support.CreditFileFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 信用修复 of a C grade published on 2026-05-15 for the serious violation of 2025-03-10. */
class RepairTest {

    private static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 5, 15);
    /** A Monday; 10 working days later (端午 19–21 June comes after) is Monday 15 June. */
    private static final LocalDate APPLIED_ON = LocalDate.of(2026, 6, 1);
    private static final LocalDate DECISION_DEADLINE = LocalDate.of(2026, 6, 15);
    private static final String APPLICATION = id(40);
    private static final Evidence RECTIFIED = new Evidence("ZG-2026-07", "设施改造验收报告及整改照片");
    private static final String COMMITMENT = "我公司承诺严格遵守生态环境法律法规，如有违反自愿接受惩戒。";
    private static final FactRecorded PENALTY_PAID = new FactRecorded(
            CODE, id(2), FactType.PENALTY_FULFILLED, LocalDate.of(2025, 4, 20), FactSource.ENFORCEMENT,
            Evidence.of("缴款书 2025-0420"), FactAttributes.of("violationId", id(1)));

    private final SimulatedClock clock = new SimulatedClock(APPLIED_ON);
    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CreditFileFixtures.fixture(new ClaimedNumbers(), clock);
    }

    private static Object[] publishedC(Object... before) {
        GradeDecision decision = preliminaryOn(List.of(seriousViolationFact(id(1))));
        Object[] head = {registered(), seriousViolation(id(1))};
        Object[] tail = {opened(), declarationClosed(), graded(1, decision), disclosed(), disclosureClosed(),
                         published(2, 1, decision, PUBLISHED_ON)};
        Object[] all = Arrays.copyOf(head, head.length + before.length + tail.length);
        System.arraycopy(before, 0, all, head.length, before.length);
        System.arraycopy(tail, 0, all, head.length + before.length, tail.length);
        return all;
    }

    private static Object[] and(Object[] events, Object... more) {
        Object[] all = Arrays.copyOf(events, events.length + more.length);
        System.arraycopy(more, 0, all, events.length, more.length);
        return all;
    }

    private static ApplyForRepair application() {
        return new ApplyForRepair(CODE, APPLICATION, List.of(id(1)), RECTIFIED, COMMITMENT);
    }

    private static RepairApplied applied(boolean penaltyPaid) {
        return new RepairApplied(CODE, APPLICATION, List.of(id(1)), RECTIFIED, COMMITMENT, List.of(
                new RepairCondition(RepairConditionKind.WAITING_PERIOD, true, List.of()),
                new RepairCondition(RepairConditionKind.FINDINGS_RECTIFIED, true, List.of()),
                new RepairCondition(RepairConditionKind.PENALTIES_FULFILLED, penaltyPaid, penaltyPaid ? List.of() : List.of(id(1))),
                new RepairCondition(RepairConditionKind.NO_NEW_VIOLATION_SINCE_GRADE, true, List.of()),
                new RepairCondition(RepairConditionKind.COMMITMENT_SIGNED, true, List.of())), APPLIED_ON, DECISION_DEADLINE);
    }

    @Test
    void theEnterpriseAppliesAndSeesWhichConditionsHold() {
        // SERIOUS waits 12 months: 2025-03-10 + 12 months = 2026-03-10, passed by 2026-06-01; the fine is unpaid
        fixture.given(publishedC())
               .when(application(), ENTERPRISE)
               .expectEvents(applied(false))
               .expectState(file -> assertThat(file.repairApplication(APPLICATION).orElseThrow().status())
                       .isEqualTo(RepairStatus.PENDING));
    }

    @Test
    void approvalStopsTheFactCountingAndRegrades() {
        clock.moveTo(APPLIED_ON.plusDays(3));
        GradeDecision repaired = preliminaryOn(List.of(new ResolvedFact(id(2), FactType.PENALTY_FULFILLED,
                                                                        LocalDate.of(2025, 4, 20),
                                                                        FactAttributes.of("violationId", id(1)))));
        fixture.given(and(publishedC(PENALTY_PAID), applied(true)))
               .when(new DecideRepair(CODE, APPLICATION, RepairOutcome.APPROVED, null), OFFICER)
               .expectEvents(new RepairApproved(CODE, APPLICATION, List.of(id(1)), APPLIED_ON.plusDays(3)),
                             new GradeDecided(CODE, decisionId(3), DecisionKind.REPAIR, CYCLE,
                                              APPLIED_ON.plusDays(3), repaired, decisionId(2),
                                              new DecisionTrigger(DecisionTrigger.REPAIR, APPLICATION)))
               .expectState(file -> {
                   // the violation no longer counts: 30 + 50 = 80.0 → B, up from C
                   GradeDecision inForce = file.effectiveDecision().orElseThrow().decision();
                   assertThat(inForce.total()).isEqualByComparingTo("80.0");
                   assertThat(inForce.grade()).isEqualTo("B");
                   assertThat(file.effectiveDecision().orElseThrow().kind()).isEqualTo(DecisionKind.REPAIR);
                   assertThat(file.resolvedFacts()).extracting(ResolvedFact::factId).containsExactly(id(2));
               });
    }

    @Test
    void approvalNeedsEveryConditionToHoldOnTheDayOfTheDecision() {
        refused(fixture.given(and(publishedC(), applied(false))),
                new DecideRepair(CODE, APPLICATION, RepairOutcome.APPROVED, null), OFFICER,
                "repair.conditionsNotMet [repairCondition.PENALTIES_FULFILLED]");
        fixture.given(and(publishedC(), applied(false), PENALTY_PAID))
               .when(new DecideRepair(CODE, APPLICATION, RepairOutcome.APPROVED, null), OFFICER)
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRejectionKeepsItsReason() {
        fixture.given(and(publishedC(), applied(false)))
               .when(new DecideRepair(CODE, APPLICATION, RepairOutcome.REJECTED, "罚款尚未缴纳"), OFFICER)
               .expectEvents(new RepairRejected(CODE, APPLICATION, "罚款尚未缴纳", APPLIED_ON))
               .expectState(file -> {
                   RepairApplication rejected = file.repairApplication(APPLICATION).orElseThrow();
                   assertThat(rejected.status()).isEqualTo(RepairStatus.REJECTED);
                   assertThat(rejected.rejectionReason()).isEqualTo("罚款尚未缴纳");
               });
        refused(fixture.given(and(publishedC(), applied(false))),
                new DecideRepair(CODE, APPLICATION, RepairOutcome.REJECTED, " "), OFFICER,
                "text.required [field.rejectionReason]");
    }

    @Test
    void anApplicationIsDecidedOnceByAnOfficer() {
        DecideRepair reject = new DecideRepair(CODE, APPLICATION, RepairOutcome.REJECTED, "材料不全");
        refused(fixture.given(and(publishedC(), applied(false),
                                  new RepairRejected(CODE, APPLICATION, "材料不全", APPLIED_ON))),
                reject, OFFICER, "repair.alreadyDecided [" + APPLICATION + "]");
        refused(fixture.given(publishedC()), reject, OFFICER, "repair.notFound [" + APPLICATION + "]");
        refused(fixture.given(and(publishedC(), applied(false))), reject, REVIEWER, "actor.notPermitted [REVIEWER]");
        refused(fixture.given(and(publishedC(), applied(false))),
                new DecideRepair(CODE, APPLICATION, null, null), OFFICER, "repair.outcome.required");
    }

    @Test
    void anOverdueDecisionIsFlaggedOnce() {
        RecordRepairDecisionOverdue flag = new RecordRepairDecisionOverdue(CODE, APPLICATION);
        RepairDecisionOverdue overdue = new RepairDecisionOverdue(CODE, APPLICATION, DECISION_DEADLINE);
        clock.moveTo(DECISION_DEADLINE.plusDays(1));
        fixture.given(and(publishedC(), applied(false)))
               .when(flag, SYSTEM)
               .expectEvents(overdue);
        refused(fixture.given(and(publishedC(), applied(false), overdue)), flag, SYSTEM,
                "repair.alreadyOverdue [" + APPLICATION + "]");
        clock.moveTo(DECISION_DEADLINE);
        refused(fixture.given(and(publishedC(), applied(false))), flag, SYSTEM,
                "deadline.notPassed [" + DECISION_DEADLINE + "]");
    }

    @Test
    void onlyAGradeOfCOrDIsRepairable() {
        GradeDecision b = preliminaryOn(List.of());
        refused(fixture.given(registered(), seriousViolation(id(1))), application(), ENTERPRISE, "repair.noGrade");
        refused(fixture.given(registered(), seriousViolation(id(1)), opened(), declarationClosed(), graded(1, b),
                              disclosed(), disclosureClosed(), published(2, 1, b, PUBLISHED_ON)),
                application(), ENTERPRISE, "repair.gradeNotEligible [B]");
    }

    @Test
    void aCriminalReferralWithin36MonthsIsNotRepairable() {
        FactAttributes referred = SERIOUS.with("measures", List.of("FINE", "CRIMINAL_TRANSFER"));
        FactRecorded violation = new FactRecorded(CODE, id(1), FactType.VIOLATION, LocalDate.of(2025, 3, 10),
                                                  FactSource.ENFORCEMENT, Evidence.of("京通环罚〔2025〕31号"), referred);
        GradeDecision d = preliminaryOn(List.of(new ResolvedFact(id(1), FactType.VIOLATION,
                                                                 LocalDate.of(2025, 3, 10), referred)));
        assertThat(d.grade()).isEqualTo("D");
        refused(fixture.given(registered(), violation, opened(), declarationClosed(), graded(1, d), disclosed(),
                              disclosureClosed(), published(2, 1, d, PUBLISHED_ON)),
                application(), ENTERPRISE, "repair.notRepairable [V01, 36]");
    }

    @Test
    void onlyFactsThatCostTheEnterpriseCanBeRepaired() {
        refused(fixture.given(publishedC(PENALTY_PAID)),
                new ApplyForRepair(CODE, APPLICATION, List.of(id(2)), RECTIFIED, COMMITMENT), ENTERPRISE,
                "repair.factNotRepairable [" + id(2) + "]");
        refused(fixture.given(publishedC()), new ApplyForRepair(CODE, APPLICATION, List.of(), RECTIFIED, COMMITMENT),
                ENTERPRISE, "repair.facts.required");
        refused(fixture.given(publishedC()),
                new ApplyForRepair(CODE, APPLICATION, List.of(id(1), id(1)), RECTIFIED, COMMITMENT), ENTERPRISE,
                "repair.facts.duplicate");
    }

    @Test
    void oneApplicationAtATimeByTheEnterpriseItselfWithEvidence() {
        refused(fixture.given(and(publishedC(), applied(false))),
                new ApplyForRepair(CODE, id(41), List.of(id(1)), RECTIFIED, COMMITMENT), ENTERPRISE,
                "repair.alreadyPending [" + APPLICATION + "]");
        refused(fixture.given(and(publishedC(), applied(false),
                                  new RepairRejected(CODE, APPLICATION, "材料不全", APPLIED_ON))),
                application(), ENTERPRISE, "repair.id.duplicate [" + APPLICATION + "]");
        refused(fixture.given(publishedC()), application(), OTHER_ENTERPRISE, "actor.notOwnFile [" + CODE + "]");
        refused(fixture.given(publishedC()), application(), OFFICER, "actor.notPermitted [OFFICER]");
        refused(fixture.given(publishedC()), new ApplyForRepair(CODE, "x-1", List.of(id(1)), RECTIFIED, COMMITMENT),
                ENTERPRISE, "repair.id.invalid [x-1]");
        refused(fixture.given(publishedC()), new ApplyForRepair(CODE, APPLICATION, List.of(id(1)), null, COMMITMENT),
                ENTERPRISE, "fact.evidence.required");
    }
}
