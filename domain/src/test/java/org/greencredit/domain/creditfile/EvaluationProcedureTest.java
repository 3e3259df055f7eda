package org.greencredit.domain.creditfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.support.Refusals.refused;
import static org.greencredit.domain.support.CreditFileFixtures.ASSESSOR;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.OTHER_ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.REVIEWER;
import static org.greencredit.domain.support.CreditFileFixtures.SYSTEM;
import static org.greencredit.domain.support.CreditFileFixtures.id;
import static org.greencredit.domain.support.CreditFileFixtures.registered;
import static org.greencredit.domain.support.EvaluationFixtures.CYCLE;
import static org.greencredit.domain.support.EvaluationFixtures.DECLARATION_DEADLINE;
import static org.greencredit.domain.support.EvaluationFixtures.DISCLOSURE_END;
import static org.greencredit.domain.support.EvaluationFixtures.DISCLOSURE_START;
import static org.greencredit.domain.support.EvaluationFixtures.VERIFICATION_DEADLINE;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.common.SimulatedClock;
import org.greencredit.domain.creditfile.api.CloseDeclaration;
import org.greencredit.domain.creditfile.api.CloseDisclosure;
import org.greencredit.domain.creditfile.api.CompleteVerification;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.DeclarationClosed;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.DeclaredItemsLapsed;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.EvaluationOpened;
import org.greencredit.domain.creditfile.api.FileObjection;
import org.greencredit.domain.creditfile.api.FinalPublicationAnnounced;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.GradeEvaluation;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.ObjectionReviewOverdue;
import org.greencredit.domain.creditfile.api.ObjectionReviewed;
import org.greencredit.domain.creditfile.api.OpenEvaluation;
import org.greencredit.domain.creditfile.api.PublishFinalGrade;
import org.greencredit.domain.creditfile.api.RecordObjectionReviewOverdue;
import org.greencredit.domain.creditfile.api.RegradeAfterReview;
import org.greencredit.domain.creditfile.api.ReviewObjection;
import org.greencredit.domain.creditfile.api.VerificationCompleted;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.RuleHit;
import org.greencredit.domain.support.CreditFileFixtures.ClaimedNumbers;
import org.greencredit.domain.support.CreditFileFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One enterprise's evaluation in the 2026 trial cycle, step by step: every transition and every refusal. Grades are
 * checked against totals counted by hand from the default version (DOMAIN.md, "Scoring").
 */
class EvaluationProcedureTest {

    private static final LocalDate OBJECTED_ON = LocalDate.of(2026, 4, 27);
    /** 10 working days after 27 April: 劳动节 1–5 May off, Saturday 9 May worked (调休). */
    private static final LocalDate REVIEW_DEADLINE = LocalDate.of(2026, 5, 13);
    private static final LocalDate PUBLISHED_ON = LocalDate.of(2026, 5, 15);
    private static final Evidence MONITORING_REPORT = new Evidence("JC-2025-118", "第三方监测报告证明设施正常运行");
    private static final FactAttributes ISO = FactAttributes.of("kind", "ISO14001", "validUntil", "2028-04-01");

    private final SimulatedClock clock = new SimulatedClock(LocalDate.of(2026, 3, 10));
    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CreditFileFixtures.fixture(new ClaimedNumbers(), clock);
    }

    private static OpenEvaluation open(String cycleId) {
        EvaluationOpened template = opened();
        return new OpenEvaluation(CODE, cycleId, template.periodFrom(), template.periodTo(),
                                  template.indicatorSystem(), template.indicatorVersion(), template.versionHash(),
                                  template.declarationDeadline(), template.verificationDeadline());
    }

    private static ObjectionFiled objectionFiled() {
        return new ObjectionFiled(CODE, CYCLE, "超标设施已于2025年2月停用，处罚对象有误", MONITORING_REPORT, OBJECTED_ON,
                                  REVIEW_DEADLINE);
    }

    private static ObjectionReviewed reviewed(ObjectionOutcome outcome) {
        return new ObjectionReviewed(CODE, CYCLE, outcome, "经核实", OBJECTED_ON.plusDays(5));
    }

    /** The file after grading: a serious violation, graded C (70.0) and disclosed. */
    private static Object[] gradedWithSeriousViolation() {
        return new Object[] {registered(), seriousViolation(id(1)), opened(), declarationClosed(),
                             graded(1, preliminaryOn(List.of(seriousViolationFact(id(1))))), disclosed()};
    }

    private static Object[] with(Object[] events, Object... more) {
        Object[] all = Arrays.copyOf(events, events.length + more.length);
        System.arraycopy(more, 0, all, events.length, more.length);
        return all;
    }

    @Nested
    class Opening {

        @Test
        void theCycleOpensTheEvaluationOfAnEnterprise() {
            fixture.given(registered())
                   .when(open(CYCLE), SYSTEM)
                   .expectEvents(opened())
                   .expectState(file -> assertThat(file.evaluationOf(CYCLE)).get()
                                                                          .extracting(Evaluation::state)
                                                                          .isEqualTo(EvaluationState.DECLARATION));
        }

        @Test
        void onlyTheSystemOpensAnEvaluation() {
            refused(fixture.given(registered()), open(CYCLE), OFFICER, "actor.notPermitted [OFFICER]");
        }

        @Test
        void anEvaluationOpensOnce() {
            refused(fixture.given(registered(), opened()), open(CYCLE), SYSTEM, "evaluation.alreadyOpen [" + CYCLE + "]");
        }

        @Test
        void aSecondCycleWaitsUntilTheFirstIsGraded() {
            refused(fixture.given(registered(), opened(), declarationClosed()), open("2026-TRIAL-2"), SYSTEM,
                    "evaluation.anotherInProgress [" + CYCLE + "]");
            fixture.given(gradedWithSeriousViolation())
                   .when(open("2026-TRIAL-2"), SYSTEM)
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void anEnterpriseThatLeftScopeIsNotEvaluated() {
            refused(fixture.given(registered(), new EnterpriseLeftScope(CODE, ScopeExitReason.CLOSED,
                                                                         LocalDate.of(2026, 1, 5), "注销", null)),
                    open(CYCLE), SYSTEM, "creditFile.leftScope [" + CODE + "]");
        }
    }

    @Nested
    class ClosingDeclarations {

        @Test
        void declarationsCloseTheDayAfterTheDeadline() {
            clock.moveTo(DECLARATION_DEADLINE.plusDays(1));
            fixture.given(registered(), opened())
                   .when(new CloseDeclaration(CODE, CYCLE), SYSTEM)
                   .expectEvents(new DeclarationClosed(CODE, CYCLE, DECLARATION_DEADLINE.plusDays(1)));
        }

        @Test
        void notBeforeTheDeadlineHasPassed() {
            clock.moveTo(DECLARATION_DEADLINE);
            refused(fixture.given(registered(), opened()), new CloseDeclaration(CODE, CYCLE), SYSTEM,
                    "deadline.notPassed [" + DECLARATION_DEADLINE + "]");
        }

        @Test
        void notTwiceNotByStaffAndNotForAnotherCycle() {
            clock.moveTo(DECLARATION_DEADLINE.plusDays(1));
            refused(fixture.given(registered(), opened(), declarationClosed()), new CloseDeclaration(CODE, CYCLE),
                    SYSTEM, "evaluation.state.wrong [" + CYCLE
                            + ", evaluationState.VERIFICATION, evaluationState.DECLARATION]");
            refused(fixture.given(registered(), opened()), new CloseDeclaration(CODE, CYCLE), ASSESSOR,
                    "actor.notPermitted [ASSESSOR]");
            refused(fixture.given(registered(), opened()), new CloseDeclaration(CODE, "2025-X"), SYSTEM,
                    "evaluation.notFound [2025-X, " + CODE + "]");
        }
    }

    @Nested
    class Verification {

        private final ItemDeclared iso = new ItemDeclared(CODE, id(20), CYCLE, FactType.GREEN_PRACTICE,
                                                          LocalDate.of(2025, 4, 2), Evidence.of("ISO-0042"), ISO);

        @Test
        void theAssessorCompletesVerificationOnceEveryItemIsResolved() {
            clock.moveTo(LocalDate.of(2026, 4, 1));
            fixture.given(registered(), opened(), iso, declarationClosed(),
                          new DeclaredItemVerified(CODE, id(20), VerificationOutcome.CONFIRMED,
                                                   LocalDate.of(2026, 3, 30), null))
                   .when(new CompleteVerification(CODE, CYCLE), ASSESSOR)
                   .expectEvents(new VerificationCompleted(CODE, CYCLE, LocalDate.of(2026, 4, 1)));
        }

        @Test
        void notWhileItemsArePending() {
            refused(fixture.given(registered(), opened(), iso, declarationClosed()),
                    new CompleteVerification(CODE, CYCLE), ASSESSOR, "verification.itemsPending [1]");
        }

        @Test
        void notDuringDeclarationsAndOnlyByTheAssessor() {
            refused(fixture.given(registered(), opened()), new CompleteVerification(CODE, CYCLE), ASSESSOR,
                    "evaluation.state.wrong [" + CYCLE
                            + ", evaluationState.DECLARATION, evaluationState.VERIFICATION]");
            refused(fixture.given(registered(), opened(), declarationClosed()),
                    new CompleteVerification(CODE, CYCLE), ENTERPRISE, "actor.notPermitted [ENTERPRISE]");
        }
    }

    @Nested
    class Grading {

        private final GradeEvaluation grade = new GradeEvaluation(CODE, CYCLE, VERIFICATION_DEADLINE,
                                                                  DISCLOSURE_START, DISCLOSURE_END);

        @BeforeEach
        void theDayAfterTheVerificationDeadline() {
            clock.moveTo(VERIFICATION_DEADLINE.plusDays(1));
        }

        @Test
        void aFileWithoutFactsIsGradedBAndDisclosed() {
            GradeDecision expected = preliminaryOn(List.of());
            fixture.given(registered(), opened(), declarationClosed())
                   .when(grade, SYSTEM)
                   .expectEvents(graded(1, expected), disclosed())
                   .expectState(file -> {
                       GradeDecision decision = file.decisions().get(0).decision();
                       assertThat(decision.total()).isEqualByComparingTo("80.0");
                       assertThat(decision.grade()).isEqualTo("B");
                       assertThat(decision.asOf()).isEqualTo(VERIFICATION_DEADLINE);
                       assertThat(file.evaluationOf(CYCLE).orElseThrow().state()).isEqualTo(EvaluationState.GRADED);
                       assertThat(file.effectiveDecision()).as("a preliminary grade is not in force").isEmpty();
                   });
        }

        @Test
        void aSeriousViolationGivesCAndAConfirmedCertificateCounts() {
            ResolvedFact certificate = new ResolvedFact(id(20), FactType.GREEN_PRACTICE, LocalDate.of(2025, 4, 2),
                                                        ISO);
            GradeDecision expected = preliminaryOn(List.of(seriousViolationFact(id(1)), certificate));
            fixture.given(registered(), seriousViolation(id(1)), opened(),
                          new ItemDeclared(CODE, id(20), CYCLE, FactType.GREEN_PRACTICE, LocalDate.of(2025, 4, 2),
                                           Evidence.of("ISO-0042"), ISO),
                          declarationClosed(),
                          new DeclaredItemVerified(CODE, id(20), VerificationOutcome.CONFIRMED,
                                                   LocalDate.of(2026, 3, 30), null),
                          new VerificationCompleted(CODE, CYCLE, LocalDate.of(2026, 4, 1)))
                   .when(grade, SYSTEM)
                   .expectEvents(graded(1, expected), disclosed())
                   .expectState(file -> {
                       GradeDecision decision = file.decisions().get(0).decision();
                       // EM 30 + PP (50 − 10 for PP03) + GL 2 for ISO 14001 + AW 0 = 72.0 → C; C02 caps at C
                       assertThat(decision.total()).isEqualByComparingTo("72.0");
                       assertThat(decision.grade()).isEqualTo("C");
                       assertThat(decision.ceilings()).extracting(RuleHit::ruleId).containsExactly("C01", "C02");
                   });
        }

        @Test
        void itemsNobodyVerifiedLapseAndDoNotCount() {
            fixture.given(registered(), opened(),
                          new ItemDeclared(CODE, id(20), CYCLE, FactType.GREEN_PRACTICE, LocalDate.of(2025, 4, 2),
                                           Evidence.of("ISO-0042"), ISO),
                          declarationClosed())
                   .when(grade, SYSTEM)
                   .expectEvents(new DeclaredItemsLapsed(CODE, CYCLE, List.of(id(20)),
                                                         VERIFICATION_DEADLINE.plusDays(1)),
                                 graded(1, preliminaryOn(List.of())), disclosed())
                   .expectState(file -> assertThat(file.decisions().get(0).decision().total())
                           .isEqualByComparingTo("80.0"));
        }

        @Test
        void gradingWaitsForTheEndOfDeclarationsAndHappensOnce() {
            refused(fixture.given(registered(), opened()), grade, SYSTEM,
                    "evaluation.state.wrong [" + CYCLE
                            + ", evaluationState.DECLARATION, evaluationState.VERIFICATION]");
            refused(fixture.given(gradedWithSeriousViolation()), grade, SYSTEM,
                    "evaluation.state.wrong [" + CYCLE + ", evaluationState.GRADED, evaluationState.VERIFICATION]");
            refused(fixture.given(registered(), opened(), declarationClosed()), grade, OFFICER,
                    "actor.notPermitted [OFFICER]");
        }
    }

    @Nested
    class Objections {

        private final FileObjection objection = new FileObjection(CODE, CYCLE, "超标设施已于2025年2月停用，处罚对象有误",
                                                                  MONITORING_REPORT);

        @Test
        void theEnterpriseObjectsDuringDisclosureAndTheReviewDeadlineCountsWorkingDays() {
            clock.moveTo(OBJECTED_ON);
            fixture.given(gradedWithSeriousViolation())
                   .when(objection, ENTERPRISE)
                   .expectEvents(objectionFiled());
        }

        @Test
        void notBeforeDisclosureStartsNorAfterItEnds() {
            clock.moveTo(DISCLOSURE_START.minusDays(1));
            refused(fixture.given(gradedWithSeriousViolation()), objection, ENTERPRISE,
                    "objection.disclosureNotStarted [" + DISCLOSURE_START + "]");
            clock.moveTo(DISCLOSURE_END.plusDays(1));
            refused(fixture.given(gradedWithSeriousViolation()), objection, ENTERPRISE,
                    "objection.disclosureOver [" + DISCLOSURE_END + "]");
            clock.moveTo(DISCLOSURE_END);
            refused(fixture.given(with(gradedWithSeriousViolation(), disclosureClosed())), objection, ENTERPRISE,
                    "objection.disclosureOver [" + DISCLOSURE_END + "]");
        }

        @Test
        void notBeforeGrading() {
            refused(fixture.given(registered(), opened()), objection, ENTERPRISE,
                    "objection.notDisclosed [" + CYCLE + "]");
        }

        @Test
        void onceOnlyByTheEnterpriseItselfAndWithReasons() {
            clock.moveTo(OBJECTED_ON);
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled())), objection, ENTERPRISE,
                    "objection.alreadyFiled [" + CYCLE + "]");
            refused(fixture.given(gradedWithSeriousViolation()), objection, OTHER_ENTERPRISE,
                    "actor.notOwnFile [" + CODE + "]");
            refused(fixture.given(gradedWithSeriousViolation()), objection, OFFICER, "actor.notPermitted [OFFICER]");
            refused(fixture.given(gradedWithSeriousViolation()),
                    new FileObjection(CODE, CYCLE, " ", MONITORING_REPORT), ENTERPRISE,
                    "text.required [field.objectionReason]");
            refused(fixture.given(gradedWithSeriousViolation()), new FileObjection(CODE, CYCLE, "理由", null),
                    ENTERPRISE, "fact.evidence.required");
        }
    }

    @Nested
    class Review {

        @BeforeEach
        void duringReview() {
            clock.moveTo(OBJECTED_ON.plusDays(5));
        }

        @Test
        void aReviewerRejectsTheObjection() {
            fixture.given(with(gradedWithSeriousViolation(), objectionFiled()))
                   .when(new ReviewObjection(CODE, CYCLE, ObjectionOutcome.REJECTED, "经核实"), REVIEWER)
                   .expectEvents(reviewed(ObjectionOutcome.REJECTED))
                   .expectState(file -> assertThat(file.evaluationOf(CYCLE).orElseThrow().objection().status())
                           .isEqualTo(ObjectionStatus.REJECTED));
        }

        @Test
        void anUpheldObjectionIsRegradedAfterTheOfficerCorrectsTheFacts() {
            ViolationCorrected revoked = new ViolationCorrected(CODE, id(1), CorrectionOutcome.REVOKED,
                                                                OBJECTED_ON.plusDays(5), MONITORING_REPORT,
                                                                FactAttributes.empty());
            GradeDecision regraded = preliminaryOn(List.of());
            fixture.given(with(gradedWithSeriousViolation(), objectionFiled(), reviewed(ObjectionOutcome.UPHELD),
                               revoked))
                   .when(new RegradeAfterReview(CODE, CYCLE), OFFICER)
                   .expectEvents(new GradeDecided(CODE, decisionId(2), DecisionKind.REVIEWED, CYCLE,
                                                  OBJECTED_ON.plusDays(5), regraded, decisionId(1),
                                                  new DecisionTrigger(DecisionTrigger.REVIEW, decisionId(1))))
                   .expectState(file -> {
                       // the violation revoked: 30 + 50 + 0 + 0 = 80.0 → B, from C
                       assertThat(regraded.total()).isEqualByComparingTo("80.0");
                       assertThat(file.effectiveDecision().orElseThrow().decision().grade()).isEqualTo("B");
                       assertThat(file.evaluationOf(CYCLE).orElseThrow().objection().status())
                               .isEqualTo(ObjectionStatus.REGRADED);
                   });
        }

        @Test
        void onlyAnUpheldObjectionIsRegraded() {
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled())),
                    new RegradeAfterReview(CODE, CYCLE), OFFICER, "objection.notUpheld [" + CYCLE + "]");
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled(),
                                       reviewed(ObjectionOutcome.REJECTED))),
                    new RegradeAfterReview(CODE, CYCLE), OFFICER, "objection.notUpheld [" + CYCLE + "]");
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled(),
                                       reviewed(ObjectionOutcome.UPHELD))),
                    new RegradeAfterReview(CODE, CYCLE), REVIEWER, "actor.notPermitted [REVIEWER]");
        }

        @Test
        void aReviewNeedsAnOpenObjectionAReviewerAnOutcomeAndReasons() {
            ReviewObjection reject = new ReviewObjection(CODE, CYCLE, ObjectionOutcome.REJECTED, "经核实");
            refused(fixture.given(gradedWithSeriousViolation()), reject, REVIEWER, "objection.none [" + CYCLE + "]");
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled(),
                                       reviewed(ObjectionOutcome.REJECTED))),
                    reject, REVIEWER, "objection.alreadyReviewed [" + CYCLE + "]");
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled())), reject, OFFICER,
                    "actor.notPermitted [OFFICER]");
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled())),
                    new ReviewObjection(CODE, CYCLE, null, "经核实"), REVIEWER, "objection.outcome.required");
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled())),
                    new ReviewObjection(CODE, CYCLE, ObjectionOutcome.UPHELD, ""), REVIEWER,
                    "text.required [field.reasoning]");
        }

        @Test
        void anOverdueReviewIsFlaggedOnceAndCanStillBeDecided() {
            RecordObjectionReviewOverdue flag = new RecordObjectionReviewOverdue(CODE, CYCLE);
            ObjectionReviewOverdue overdue = new ObjectionReviewOverdue(CODE, CYCLE, REVIEW_DEADLINE);
            clock.moveTo(REVIEW_DEADLINE.plusDays(1));
            fixture.given(with(gradedWithSeriousViolation(), objectionFiled()))
                   .when(flag, SYSTEM)
                   .expectEvents(overdue)
                   .expectState(file -> assertThat(file.evaluationOf(CYCLE).orElseThrow().objection().overdue())
                           .isTrue());
            fixture.given(with(gradedWithSeriousViolation(), objectionFiled(), overdue))
                   .when(new ReviewObjection(CODE, CYCLE, ObjectionOutcome.REJECTED, "经核实"), REVIEWER)
                   .expectEvents(new ObjectionReviewed(CODE, CYCLE, ObjectionOutcome.REJECTED, "经核实",
                                                       REVIEW_DEADLINE.plusDays(1)));
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled(), overdue)), flag, SYSTEM,
                    "objection.alreadyOverdue [" + CYCLE + "]");
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled(),
                                       reviewed(ObjectionOutcome.REJECTED))), flag, SYSTEM,
                    "objection.alreadyReviewed [" + CYCLE + "]");
            clock.moveTo(REVIEW_DEADLINE);
            refused(fixture.given(with(gradedWithSeriousViolation(), objectionFiled())), flag, SYSTEM,
                    "deadline.notPassed [" + REVIEW_DEADLINE + "]");
        }
    }

    @Nested
    class DisclosureAndPublication {

        private final GradeDecision preliminary = preliminaryOn(List.of(seriousViolationFact(id(1))));

        @Test
        void disclosureClosesTheDayAfterItsEnd() {
            clock.moveTo(DISCLOSURE_END);
            refused(fixture.given(gradedWithSeriousViolation()), new CloseDisclosure(CODE, CYCLE), SYSTEM,
                    "deadline.notPassed [" + DISCLOSURE_END + "]");
            clock.moveTo(DISCLOSURE_END.plusDays(3));
            fixture.given(gradedWithSeriousViolation())
                   .when(new CloseDisclosure(CODE, CYCLE), SYSTEM)
                   .expectEvents(disclosureClosed());
            refused(fixture.given(with(gradedWithSeriousViolation(), disclosureClosed())),
                    new CloseDisclosure(CODE, CYCLE), SYSTEM, "disclosure.alreadyClosed [" + CYCLE + "]");
            refused(fixture.given(registered(), opened()), new CloseDisclosure(CODE, CYCLE), SYSTEM,
                    "evaluation.state.wrong [" + CYCLE + ", evaluationState.DECLARATION, evaluationState.GRADED]");
        }

        @Test
        void withoutAnObjectionThePreliminaryGradeIsPublishedAndComesIntoForce() {
            clock.moveTo(PUBLISHED_ON);
            fixture.given(with(gradedWithSeriousViolation(), disclosureClosed()))
                   .when(new PublishFinalGrade(CODE, CYCLE), SYSTEM)
                   .expectEvents(published(2, 1, preliminary, PUBLISHED_ON))
                   .expectState(file -> {
                       assertThat(file.evaluationOf(CYCLE).orElseThrow().state())
                               .isEqualTo(EvaluationState.PUBLISHED);
                       assertThat(file.effectiveDecision().orElseThrow().decision().grade()).isEqualTo("C");
                       assertThat(file.effectiveDecisionOn(PUBLISHED_ON.minusDays(1))).isEmpty();
                       assertThat(file.effectiveDecisionOn(PUBLISHED_ON)).get()
                                                                         .extracting(RecordedDecision::kind)
                                                                         .isEqualTo(DecisionKind.FINAL);
                   });
        }

        @Test
        void aPublicationDuringReviewIsAnnouncedAndFollowsARejection() {
            clock.moveTo(PUBLISHED_ON);
            Object[] underReview = with(gradedWithSeriousViolation(), objectionFiled(), disclosureClosed());
            FinalPublicationAnnounced announced = new FinalPublicationAnnounced(CODE, CYCLE, PUBLISHED_ON);
            fixture.given(underReview)
                   .when(new PublishFinalGrade(CODE, CYCLE), SYSTEM)
                   .expectEvents(announced)
                   .expectState(file -> assertThat(file.effectiveDecision()).isEmpty());
            refused(fixture.given(with(underReview, announced)), new PublishFinalGrade(CODE, CYCLE), SYSTEM,
                    "publication.alreadyAnnounced [" + CYCLE + "]");

            clock.moveTo(PUBLISHED_ON.plusDays(3));
            fixture.given(with(underReview, announced))
                   .when(new ReviewObjection(CODE, CYCLE, ObjectionOutcome.REJECTED, "经核实"), REVIEWER)
                   .expectEvents(new ObjectionReviewed(CODE, CYCLE, ObjectionOutcome.REJECTED, "经核实",
                                                       PUBLISHED_ON.plusDays(3)),
                                 published(2, 1, preliminary, PUBLISHED_ON.plusDays(3)));
        }

        @Test
        void aPublicationDuringReviewFollowsTheRegrade() {
            LocalDate regradedOn = PUBLISHED_ON.plusDays(4);
            clock.moveTo(regradedOn);
            ViolationCorrected revoked = new ViolationCorrected(CODE, id(1), CorrectionOutcome.REVOKED,
                                                                PUBLISHED_ON.plusDays(2), MONITORING_REPORT,
                                                                FactAttributes.empty());
            GradeDecision regraded = preliminaryOn(List.of());
            fixture.given(with(gradedWithSeriousViolation(), objectionFiled(), disclosureClosed(),
                               new FinalPublicationAnnounced(CODE, CYCLE, PUBLISHED_ON),
                               reviewed(ObjectionOutcome.UPHELD), revoked))
                   .when(new RegradeAfterReview(CODE, CYCLE), OFFICER)
                   .expectEvents(new GradeDecided(CODE, decisionId(2), DecisionKind.REVIEWED, CYCLE, regradedOn,
                                                  regraded, decisionId(1),
                                                  new DecisionTrigger(DecisionTrigger.REVIEW, decisionId(1))),
                                 new GradeDecided(CODE, decisionId(3), DecisionKind.FINAL, CYCLE, regradedOn,
                                                  regraded, decisionId(2),
                                                  new DecisionTrigger(DecisionTrigger.PUBLICATION, CYCLE)));
        }

        @Test
        void publicationWaitsForTheEndOfDisclosureAndHappensOnce() {
            clock.moveTo(PUBLISHED_ON);
            refused(fixture.given(gradedWithSeriousViolation()), new PublishFinalGrade(CODE, CYCLE), SYSTEM,
                    "disclosure.notClosed [" + CYCLE + "]");
            refused(fixture.given(with(gradedWithSeriousViolation(), disclosureClosed(),
                                       published(2, 1, preliminary, PUBLISHED_ON))),
                    new PublishFinalGrade(CODE, CYCLE), SYSTEM,
                    "evaluation.state.wrong [" + CYCLE + ", evaluationState.PUBLISHED, evaluationState.GRADED]");
            refused(fixture.given(with(gradedWithSeriousViolation(), disclosureClosed())),
                    new PublishFinalGrade(CODE, CYCLE), OFFICER, "actor.notPermitted [OFFICER]");
        }

        @Test
        void theGradeInForceOnADateIsTheLatestDecisionInForceMadeByThen() {
            GradeDecided reviewedDecision = new GradeDecided(
                    CODE, decisionId(2), DecisionKind.REVIEWED, CYCLE, LocalDate.of(2026, 5, 6),
                    preliminaryOn(List.of()), decisionId(1), new DecisionTrigger(DecisionTrigger.REVIEW,
                                                                                 decisionId(1)));
            fixture.given(with(gradedWithSeriousViolation(), objectionFiled(), reviewed(ObjectionOutcome.UPHELD),
                               reviewedDecision, disclosureClosed(),
                               published(3, 2, reviewedDecision.decision(), PUBLISHED_ON)))
                   .when(open("2027-TRIAL-1"), SYSTEM)
                   .expectSuccessfulHandlerExecution()
                   .expectState(file -> {
                       assertThat(file.effectiveDecisionOn(LocalDate.of(2026, 5, 5))).isEmpty();
                       assertThat(file.effectiveDecisionOn(LocalDate.of(2026, 5, 6)).orElseThrow().kind())
                               .isEqualTo(DecisionKind.REVIEWED);
                       assertThat(file.effectiveDecisionOn(PUBLISHED_ON).orElseThrow().kind())
                               .isEqualTo(DecisionKind.FINAL);
                       assertThat(file.effectiveDecisionOn(PUBLISHED_ON).orElseThrow().decision().total())
                               .isEqualTo(new BigDecimal("80.0"));
                   });
        }
    }
}
