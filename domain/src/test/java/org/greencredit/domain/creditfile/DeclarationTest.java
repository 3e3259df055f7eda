package org.greencredit.domain.creditfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.support.Refusals.refused;
import static org.greencredit.domain.support.CreditFileFixtures.ASSESSOR;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.OTHER_ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.id;
import static org.greencredit.domain.support.CreditFileFixtures.registered;
import static org.greencredit.domain.support.EvaluationFixtures.CYCLE;
import static org.greencredit.domain.support.EvaluationFixtures.DECLARATION_DEADLINE;
import static org.greencredit.domain.support.EvaluationFixtures.VERIFICATION_DEADLINE;
import static org.greencredit.domain.support.EvaluationFixtures.declarationClosed;
import static org.greencredit.domain.support.EvaluationFixtures.opened;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.common.SimulatedClock;
import org.greencredit.domain.creditfile.api.DeclareItem;
import org.greencredit.domain.creditfile.api.DeclaredItemVerified;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.ItemDeclared;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.creditfile.api.VerifyDeclaredItem;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.support.CreditFileFixtures.ClaimedNumbers;
import org.greencredit.domain.support.CreditFileFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeclarationTest {

    private static final LocalDate CERTIFIED = LocalDate.of(2025, 4, 2);
    private static final LocalDate VERIFIED = LocalDate.of(2026, 2, 10);
    private static final Evidence CERTIFICATE = new Evidence("ISO14001-2025-0042", "认证证书扫描件");
    private static final FactAttributes ISO = FactAttributes.of("kind", "ISO14001", "validUntil", "2028-04-01");

    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CreditFileFixtures.fixture(new ClaimedNumbers());
    }

    private static DeclareItem declareIso() {
        return new DeclareItem(CODE, id(20), FactType.GREEN_PRACTICE, CERTIFIED, CERTIFICATE, ISO);
    }

    private static ItemDeclared isoDeclared() {
        return new ItemDeclared(CODE, id(20), CYCLE, FactType.GREEN_PRACTICE, CERTIFIED, CERTIFICATE, ISO);
    }

    @Test
    void theEnterpriseDeclaresAnItemThatDoesNotCountYet() {
        fixture.given(registered(), opened())
               .when(declareIso(), ENTERPRISE)
               .expectEvents(isoDeclared())
               .expectState(file -> assertThat(file.resolvedFacts()).isEmpty());
    }

    @Test
    void onlyTheEnterpriseItselfDeclares() {
        refused(fixture.given(registered(), opened()), declareIso(), OTHER_ENTERPRISE, "actor.notOwnFile [" + CODE + "]");
        refused(fixture.given(registered(), opened()), declareIso(), OFFICER, "actor.notPermitted [OFFICER]");
    }

    @Test
    void violationsAreNotDeclarable() {
        refused(fixture.given(registered(), opened()),
                new DeclareItem(CODE, id(21), FactType.VIOLATION, CERTIFIED, CERTIFICATE, FactAttributes.empty()),
                ENTERPRISE, "declaration.type.notDeclarable [VIOLATION]");
    }

    @Test
    void aConfirmedItemCounts() {
        fixture.given(registered(), opened(), isoDeclared(), declarationClosed())
               .when(new VerifyDeclaredItem(CODE, id(20), VerificationOutcome.CONFIRMED, VERIFIED, "现场核对原件"),
                     ASSESSOR)
               .expectEvents(new DeclaredItemVerified(CODE, id(20), VerificationOutcome.CONFIRMED, VERIFIED,
                                                      "现场核对原件"))
               .expectState(file -> assertThat(file.resolvedFacts()).containsExactly(
                       new ResolvedFact(id(20), FactType.GREEN_PRACTICE, CERTIFIED, ISO)));
    }

    @Test
    void aRejectedItemDoesNotCount() {
        fixture.given(registered(), opened(), isoDeclared(), declarationClosed())
               .when(new VerifyDeclaredItem(CODE, id(20), VerificationOutcome.REJECTED, VERIFIED, "证书已过期"),
                     ASSESSOR)
               .expectEvents(new DeclaredItemVerified(CODE, id(20), VerificationOutcome.REJECTED, VERIFIED, "证书已过期"))
               .expectState(file -> assertThat(file.resolvedFacts()).isEmpty());
    }

    @Test
    void aFalseItemRaisesAFalseDeclaration() {
        String falseId = CreditFileRules.falseDeclarationId(id(20));

        fixture.given(registered(), opened(), isoDeclared(), declarationClosed())
               .when(new VerifyDeclaredItem(CODE, id(20), VerificationOutcome.FALSE, VERIFIED, "证书系伪造"), ASSESSOR)
               .expectEvents(new DeclaredItemVerified(CODE, id(20), VerificationOutcome.FALSE, VERIFIED, "证书系伪造"),
                             new FactRecorded(CODE, falseId, FactType.FALSE_DECLARATION, VERIFIED,
                                              FactSource.THIRD_PARTY, new Evidence(null, "证书系伪造"),
                                              FactAttributes.of("declarationItemId", id(20))))
               .expectState(file -> assertThat(file.resolvedFacts()).extracting(ResolvedFact::type)
                                                                     .containsExactly(FactType.FALSE_DECLARATION));
    }

    @Test
    void aFalseFindingMustSayWhy() {
        refused(fixture.given(registered(), opened(), isoDeclared(), declarationClosed()),
                new VerifyDeclaredItem(CODE, id(20), VerificationOutcome.FALSE, VERIFIED, " "), ASSESSOR,
                "text.required [field.note]");
    }

    @Test
    void anItemIsVerifiedOnceByAnAssessor() {
        refused(fixture.given(registered(), opened(), isoDeclared(), declarationClosed(),
                              new DeclaredItemVerified(CODE, id(20), VerificationOutcome.CONFIRMED, VERIFIED, null)),
                new VerifyDeclaredItem(CODE, id(20), VerificationOutcome.REJECTED, VERIFIED, "复核"), ASSESSOR,
                "declaration.alreadyVerified [" + id(20) + ", declarationStatus.CONFIRMED]");
        refused(fixture.given(registered(), opened(), isoDeclared(), declarationClosed()),
                new VerifyDeclaredItem(CODE, id(20), VerificationOutcome.CONFIRMED, VERIFIED, null), OFFICER,
                "actor.notPermitted [OFFICER]");
        refused(fixture.given(registered(), opened(), declarationClosed()),
                new VerifyDeclaredItem(CODE, id(20), VerificationOutcome.CONFIRMED, VERIFIED, null), ASSESSOR,
                "declaration.notFound [" + id(20) + "]");
    }

    @Test
    void aDeclaredRectificationNeedsAnOpenFinding() {
        refused(fixture.given(registered(), opened()),
                new DeclareItem(CODE, id(22), FactType.RECTIFICATION_COMPLETED, LocalDate.of(2025, 12, 1),
                                Evidence.of("整改报告"), FactAttributes.of("findingId", id(2), "verifiedBy", "企业自查")),
                ENTERPRISE, "finding.notFound [" + id(2) + "]");
    }

    @Test
    void declaringNeedsAnOpenDeclarationWindow() {
        refused(fixture.given(registered()), declareIso(), ENTERPRISE, "declaration.noOpenWindow");
        refused(fixture.given(registered(), opened(), declarationClosed()), declareIso(), ENTERPRISE,
                "declaration.noOpenWindow");
    }

    @Test
    void aDeclarationAfterTheDeadlineIsRefusedEvenBeforeTheWindowIsClosed() {
        SimulatedClock clock = new SimulatedClock(DECLARATION_DEADLINE);
        fixture = CreditFileFixtures.fixture(new ClaimedNumbers(), clock);
        fixture.given(registered(), opened()).when(declareIso(), ENTERPRISE).expectEvents(isoDeclared());

        clock.moveTo(DECLARATION_DEADLINE.plusDays(1));
        refused(fixture.given(registered(), opened()), declareIso(), ENTERPRISE,
                "declaration.deadlinePassed [" + DECLARATION_DEADLINE + "]");
    }

    @Test
    void itemsAreVerifiedOnlyWhileVerificationIsOpen() {
        VerifyDeclaredItem confirm = new VerifyDeclaredItem(CODE, id(20), VerificationOutcome.CONFIRMED, VERIFIED,
                                                            null);
        refused(fixture.given(registered(), opened(), isoDeclared()), confirm, ASSESSOR,
                "evaluation.state.wrong [" + CYCLE + ", evaluationState.DECLARATION, evaluationState.VERIFICATION]");

        SimulatedClock clock = new SimulatedClock(VERIFICATION_DEADLINE.plusDays(1));
        fixture = CreditFileFixtures.fixture(new ClaimedNumbers(), clock);
        refused(fixture.given(registered(), opened(), isoDeclared(), declarationClosed()), confirm, ASSESSOR,
                "verification.deadlinePassed [" + VERIFICATION_DEADLINE + "]");
    }

    @Test
    void anItemDeclaredBeforeCyclesExistedIsVerifiedAnyTime() {
        ItemDeclared withoutCycle = new ItemDeclared(CODE, id(20), null, FactType.GREEN_PRACTICE, CERTIFIED,
                                                     CERTIFICATE, ISO);
        fixture.given(registered(), withoutCycle)
               .when(new VerifyDeclaredItem(CODE, id(20), VerificationOutcome.CONFIRMED, VERIFIED, null), ASSESSOR)
               .expectEvents(new DeclaredItemVerified(CODE, id(20), VerificationOutcome.CONFIRMED, VERIFIED, null));
    }
}
