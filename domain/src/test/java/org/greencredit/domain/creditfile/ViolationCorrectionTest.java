package org.greencredit.domain.creditfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.creditfile.FactRecordingTest.violation;
import static org.greencredit.domain.creditfile.FactRecordingTest.violationRecorded;
import static org.greencredit.domain.support.Refusals.refused;
import static org.greencredit.domain.support.CreditFileFixtures.ASSESSOR;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.id;
import static org.greencredit.domain.support.CreditFileFixtures.registered;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.creditfile.api.CorrectViolation;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.decisionnumber.api.DecisionNumberClaimed;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.support.CreditFileFixtures;
import org.greencredit.domain.support.CreditFileFixtures.ClaimedNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViolationCorrectionTest {

    private static final String NUMBER = "京通环罚〔2025〕12号";
    private static final LocalDate DECIDED = LocalDate.of(2025, 11, 3);
    private static final Evidence RECONSIDERATION = Evidence.of("京通政复决字〔2025〕40号");

    private final ClaimedNumbers claimed = new ClaimedNumbers().claim(NUMBER);
    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CreditFileFixtures.fixture(claimed);
    }

    @Test
    void aRevokedViolationStopsCounting() {
        fixture.given(registered(), violationRecorded(1, NUMBER))
               .when(new CorrectViolation(CODE, id(1), CorrectionOutcome.REVOKED, DECIDED, RECONSIDERATION, null),
                     OFFICER)
               .expectEvents(new ViolationCorrected(CODE, id(1), CorrectionOutcome.REVOKED, DECIDED, RECONSIDERATION,
                                                    FactAttributes.empty()))
               .expectState(file -> assertThat(file.resolvedFacts()).isEmpty());
    }

    @Test
    void aChangedViolationCountsWithItsNewAttributes() {
        FactAttributes lighter = violation(NUMBER).with("severity", "MINOR").with("fineYuan", 5000);

        fixture.given(registered(), violationRecorded(1, NUMBER))
               .when(new CorrectViolation(CODE, id(1), CorrectionOutcome.CHANGED, DECIDED, RECONSIDERATION, lighter),
                     OFFICER)
               .expectEvents(new ViolationCorrected(CODE, id(1), CorrectionOutcome.CHANGED, DECIDED, RECONSIDERATION,
                                                    lighter.with("penaltyExempted", false)))
               .expectState(file -> assertThat(file.resolvedFacts()).singleElement()
                                                                     .extracting(f -> f.attributes().text("severity"))
                                                                     .isEqualTo("MINOR"));
    }

    @Test
    void aChangeThatIssuesANewDecisionNumberClaimsIt() {
        FactAttributes renumbered = violation("京通环罚〔2025〕99号");

        fixture.given(registered(), violationRecorded(1, NUMBER))
               .when(new CorrectViolation(CODE, id(1), CorrectionOutcome.CHANGED, DECIDED, RECONSIDERATION, renumbered),
                     OFFICER)
               .expectEvents(new ViolationCorrected(CODE, id(1), CorrectionOutcome.CHANGED, DECIDED, RECONSIDERATION,
                                                    renumbered.with("penaltyExempted", false)),
                             new DecisionNumberClaimed("decision-no:京通环罚〔2025〕99号", "京通环罚〔2025〕99号", CODE,
                                                       id(1)));
    }

    @Test
    void refusesToCorrectAMissingOrRevokedViolation() {
        refused(fixture.given(registered()),
                new CorrectViolation(CODE, id(1), CorrectionOutcome.REVOKED, DECIDED, RECONSIDERATION, null), OFFICER,
                "violation.notFound [" + id(1) + "]");
        refused(fixture.given(registered(), violationRecorded(1, NUMBER),
                              new ViolationCorrected(CODE, id(1), CorrectionOutcome.REVOKED, DECIDED, RECONSIDERATION,
                                                     FactAttributes.empty())),
                new CorrectViolation(CODE, id(1), CorrectionOutcome.REVOKED, DECIDED, RECONSIDERATION, null), OFFICER,
                "violation.alreadyRevoked [" + id(1) + "]");
    }

    @Test
    void refusesInconsistentCorrections() {
        refused(fixture.given(registered(), violationRecorded(1, NUMBER)),
                new CorrectViolation(CODE, id(1), CorrectionOutcome.CHANGED, DECIDED, RECONSIDERATION, null), OFFICER,
                "correction.newAttributes.required");
        refused(fixture.given(registered(), violationRecorded(1, NUMBER)),
                new CorrectViolation(CODE, id(1), CorrectionOutcome.REVOKED, DECIDED, RECONSIDERATION,
                                     violation(NUMBER)), OFFICER,
                "correction.newAttributes.onlyForChange");
        refused(fixture.given(registered(), violationRecorded(1, NUMBER)),
                new CorrectViolation(CODE, id(1), CorrectionOutcome.REVOKED, LocalDate.of(2025, 5, 1),
                                     RECONSIDERATION, null), OFFICER,
                "date.beforeBoundary [field.decidedOn, 2025-05-01, field.occurredOn, 2025-05-10]");
        refused(fixture.given(registered(), violationRecorded(1, NUMBER)),
                new CorrectViolation(CODE, id(1), CorrectionOutcome.CHANGED, DECIDED, RECONSIDERATION,
                                     violation(NUMBER).with("fineYuan", -5)), OFFICER,
                "fact.attribute.belowMinimum [field.fineYuan, 0]");
    }

    @Test
    void onlyAnOfficerCorrects() {
        refused(fixture.given(registered(), violationRecorded(1, NUMBER)),
                new CorrectViolation(CODE, id(1), CorrectionOutcome.REVOKED, DECIDED, RECONSIDERATION, null), ASSESSOR,
                "actor.notPermitted [ASSESSOR]");
    }

    @Test
    void aCorrectionCanNotNameAFactOfAnotherType() {
        refused(fixture.given(registered(), FactRecordingTest.recordedFrom(FactRecordingTest.finding(2,
                        LocalDate.of(2025, 9, 1)))),
                new CorrectViolation(CODE, id(2), CorrectionOutcome.REVOKED, DECIDED, RECONSIDERATION, null), OFFICER,
                "violation.notFound [" + id(2) + "]");
    }
}
