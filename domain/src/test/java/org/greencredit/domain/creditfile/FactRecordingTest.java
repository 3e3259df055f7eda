package org.greencredit.domain.creditfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.support.Refusals.refused;
import static org.greencredit.domain.support.CreditFileFixtures.ASSESSOR;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.id;
import static org.greencredit.domain.support.CreditFileFixtures.registered;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.decisionnumber.api.DecisionNumberClaimed;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.support.CreditFileFixtures;
import org.greencredit.domain.support.CreditFileFixtures.ClaimedNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactRecordingTest {

    private static final LocalDate MAY_10 = LocalDate.of(2025, 5, 10);
    private static final Evidence DECISION = Evidence.of("京通环罚〔2025〕12号");

    private final ClaimedNumbers claimed = new ClaimedNumbers();
    private FixtureConfiguration<EnterpriseCreditFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = CreditFileFixtures.fixture(claimed);
    }

    static FactAttributes violation(String decisionNo) {
        return FactAttributes.of("category", "EXCEEDING_STANDARDS", "severity", "GENERAL", "fineYuan", 50000,
                                 "measures", List.of("FINE", "ORDER_CORRECTION"), "decisionNo", decisionNo,
                                 "medium", "AIR");
    }

    static RecordFact recordViolation(int n, String decisionNo) {
        return new RecordFact(CODE, id(n), FactType.VIOLATION, MAY_10, FactSource.ENFORCEMENT, DECISION,
                              violation(decisionNo));
    }

    static FactRecorded violationRecorded(int n, String decisionNo) {
        return new FactRecorded(CODE, id(n), FactType.VIOLATION, MAY_10, FactSource.ENFORCEMENT, DECISION,
                                violation(decisionNo).with("penaltyExempted", false));
    }

    @Test
    void anOfficerRecordsAViolationWithDefaultsAndClaimsItsDecisionNumber() {
        FactAttributes given = FactAttributes.of("category", "NOISE", "severity", "MINOR", "decisionNo", "京通环罚〔2025〕7号",
                                                 "medium", "NOISE", "penaltyExempted", true);

        fixture.given(registered())
               .when(new RecordFact(CODE, id(1), FactType.VIOLATION, MAY_10, FactSource.ENFORCEMENT, DECISION, given),
                     OFFICER)
               .expectEvents(new FactRecorded(CODE, id(1), FactType.VIOLATION, MAY_10, FactSource.ENFORCEMENT, DECISION,
                                              given.with("fineYuan", BigDecimal.ZERO).with("measures", List.of())),
                             new DecisionNumberClaimed("decision-no:京通环罚〔2025〕7号", "京通环罚〔2025〕7号", CODE, id(1)));
    }

    @Test
    void refusesADecisionNumberAlreadyUsedInTheDistrict() {
        claimed.claim("京通环罚[2025]12号");

        refused(fixture.given(registered()), recordViolation(1, "京通环罚〔2025〕12号"), OFFICER,
                "violation.decisionNo.duplicate [京通环罚〔2025〕12号]");
    }

    @Test
    void refusesANegativeFine() {
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.VIOLATION, MAY_10, FactSource.ENFORCEMENT, DECISION,
                               violation("京通环罚〔2025〕1号").with("fineYuan", -1)),
                OFFICER, "fact.attribute.belowMinimum [field.fineYuan, 0]");
    }

    @Test
    void refusesAnUnknownCategorySeverityOrMeasure() {
        refused(fixture.given(registered()), withViolationAttribute("category", "LITTERING"), OFFICER,
                "fact.attribute.unknownValue [factType.VIOLATION, field.category, LITTERING]");
        refused(fixture.given(registered()), withViolationAttribute("severity", "HUGE"), OFFICER,
                "fact.attribute.unknownValue [factType.VIOLATION, field.severity, HUGE]");
        refused(fixture.given(registered()), withViolationAttribute("measures", List.of("FINE", "FLOGGING")), OFFICER,
                "fact.attribute.unknownValue [factType.VIOLATION, field.measures, FLOGGING]");
    }

    @Test
    void refusesAnUnknownIncidentLevelAndAnUnknownAttribute() {
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.INCIDENT, MAY_10, FactSource.ENFORCEMENT, DECISION,
                               FactAttributes.of("level", "SMALL", "responsible", true)),
                OFFICER, "fact.attribute.unknownValue [factType.INCIDENT, field.level, SMALL]");
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.INCIDENT, MAY_10, FactSource.ENFORCEMENT, DECISION,
                               FactAttributes.of("level", "GENERAL", "responsible", true, "casualties", 0)),
                OFFICER, "fact.attribute.unknown [factType.INCIDENT, field.casualties]");
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.INCIDENT, MAY_10, FactSource.ENFORCEMENT, DECISION,
                               FactAttributes.of("level", "GENERAL")),
                OFFICER, "fact.attribute.required [factType.INCIDENT, field.responsible]");
    }

    @Test
    void refusesABusinessDateInTheFutureOrBeforeTheEnterpriseExisted() {
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.TAX, LocalDate.of(2026, 3, 2), FactSource.TAX, DECISION,
                               FactAttributes.of("status", "ARREARS")),
                OFFICER, "date.inFuture [field.occurredOn, 2026-03-02, 2026-03-01]");
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.TAX, LocalDate.of(2015, 6, 17), FactSource.TAX, DECISION,
                               FactAttributes.of("status", "ARREARS")),
                OFFICER, "date.beforeBoundary [field.occurredOn, 2015-06-17, field.establishedOn, 2015-06-18]");
    }

    @Test
    void refusesTheSameFactIdTwiceAndAMalformedId() {
        refused(fixture.given(registered(), violationRecorded(1, "京通环罚〔2025〕12号")),
                new RecordFact(CODE, id(1), FactType.TAX, MAY_10, FactSource.TAX, DECISION,
                               FactAttributes.of("status", "PAID")),
                OFFICER, "fact.id.duplicate [" + id(1) + "]");
        refused(fixture.given(registered()),
                new RecordFact(CODE, "fact-1", FactType.TAX, MAY_10, FactSource.TAX, DECISION,
                               FactAttributes.of("status", "PAID")),
                OFFICER, "fact.id.invalid [fact-1]");
    }

    @Test
    void refusesAFactWithoutEvidenceOrSourceOrPretendingToBeADeclaration() {
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.TAX, MAY_10, FactSource.TAX, new Evidence(" ", null),
                               FactAttributes.of("status", "PAID")),
                OFFICER, "fact.evidence.required");
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.TAX, MAY_10, null, DECISION, FactAttributes.of("status", "PAID")),
                OFFICER, "fact.source.required");
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.AWARD, MAY_10, FactSource.SELF_DECLARATION, DECISION,
                               FactAttributes.of("level", "DISTRICT", "title", "节能先进单位", "issuer", "通州区政府")),
                OFFICER, "fact.source.declarationsAreDeclared");
    }

    @Test
    void rolesRecordOnlyTheirFacts() {
        refused(fixture.given(registered()), recordViolation(1, "京通环罚〔2025〕1号"), ASSESSOR,
                "actor.notPermitted [ASSESSOR]");
        refused(fixture.given(registered()), recordViolation(1, "京通环罚〔2025〕1号"), ENTERPRISE,
                "actor.notPermitted [ENTERPRISE]");
        refused(fixture.given(registered()), finding(2, OFFICER_DATE), OFFICER, "actor.notPermitted [OFFICER]");
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(3), FactType.FALSE_DECLARATION, MAY_10, FactSource.THIRD_PARTY, DECISION,
                               FactAttributes.of("declarationItemId", id(9))),
                OFFICER, "fact.type.notRecordable [FALSE_DECLARATION]");
    }

    private static final LocalDate OFFICER_DATE = LocalDate.of(2025, 9, 1);

    static RecordFact finding(int n, LocalDate on) {
        return new RecordFact(CODE, id(n), FactType.DIAGNOSIS_FINDING, on, FactSource.THIRD_PARTY,
                              Evidence.of("诊断报告 2025-017"),
                              FactAttributes.of("area", "FACILITIES", "severity", "MAJOR",
                                                "description", "活性炭吸附装置未按期更换", "measure", "更换活性炭并建立更换台账",
                                                "deadline", on.plusMonths(2)));
    }

    @Test
    void anAssessorRecordsAFindingAndItsRectification() {
        RecordFact finding = finding(2, OFFICER_DATE);
        FactRecorded findingRecorded = new FactRecorded(CODE, id(2), FactType.DIAGNOSIS_FINDING, OFFICER_DATE,
                                                        FactSource.THIRD_PARTY, finding.evidence(), finding.attributes());
        RecordFact rectification = new RecordFact(CODE, id(3), FactType.RECTIFICATION_COMPLETED,
                                                  LocalDate.of(2025, 10, 20), FactSource.THIRD_PARTY,
                                                  Evidence.of("整改核查记录 17"),
                                                  FactAttributes.of("findingId", id(2), "verifiedBy", "李工"));

        fixture.given(registered()).when(finding, ASSESSOR).expectEvents(findingRecorded);
        fixture.given(registered(), findingRecorded).when(rectification, ASSESSOR).expectSuccessfulHandlerExecution();
        refused(fixture.given(registered(), findingRecorded, recordedFrom(rectification)),
                new RecordFact(CODE, id(4), FactType.RECTIFICATION_COMPLETED, LocalDate.of(2025, 11, 1),
                               FactSource.THIRD_PARTY, Evidence.of("复查"),
                               FactAttributes.of("findingId", id(2), "verifiedBy", "李工")),
                ASSESSOR, "finding.alreadyRectified [" + id(2) + "]");
    }

    @Test
    void refusesARectificationOfAnUnknownFindingOrBeforeTheFinding() {
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(3), FactType.RECTIFICATION_COMPLETED, LocalDate.of(2025, 10, 20),
                               FactSource.THIRD_PARTY, Evidence.of("整改核查记录 17"),
                               FactAttributes.of("findingId", id(2), "verifiedBy", "李工")),
                ASSESSOR, "finding.notFound [" + id(2) + "]");
        RecordFact finding = finding(2, OFFICER_DATE);
        refused(fixture.given(registered(), recordedFrom(finding)),
                new RecordFact(CODE, id(3), FactType.RECTIFICATION_COMPLETED, LocalDate.of(2025, 8, 20),
                               FactSource.THIRD_PARTY, Evidence.of("整改核查记录 17"),
                               FactAttributes.of("findingId", id(2), "verifiedBy", "李工")),
                ASSESSOR, "date.beforeBoundary [field.occurredOn, 2025-08-20, field.findingDate, 2025-09-01]");
    }

    @Test
    void penaltyFulfilmentNamesACountingViolationOnce() {
        RecordFact fulfilled = new RecordFact(CODE, id(5), FactType.PENALTY_FULFILLED, LocalDate.of(2025, 6, 30),
                                              FactSource.ENFORCEMENT, Evidence.of("缴款凭证 88"),
                                              FactAttributes.of("violationId", id(1)));

        fixture.given(registered(), violationRecorded(1, "京通环罚〔2025〕12号")).when(fulfilled, OFFICER)
               .expectEvents(recordedFrom(fulfilled));
        refused(fixture.given(registered()), fulfilled, OFFICER, "violation.notFound [" + id(1) + "]");
        refused(fixture.given(registered(), violationRecorded(1, "京通环罚〔2025〕12号"), recordedFrom(fulfilled)),
                new RecordFact(CODE, id(6), FactType.PENALTY_FULFILLED, LocalDate.of(2025, 7, 30),
                               FactSource.ENFORCEMENT, Evidence.of("缴款凭证 89"),
                               FactAttributes.of("violationId", id(1))),
                OFFICER, "violation.alreadyFulfilled [" + id(1) + "]");
    }

    @Test
    void refusesAnExemptedPenaltyWithAFineAndAMalformedReportPeriod() {
        refused(fixture.given(registered()), withViolationAttribute("penaltyExempted", true), OFFICER,
                "violation.exemptedButFined");
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.PERMIT_REPORT, MAY_10, FactSource.ENFORCEMENT, DECISION,
                               FactAttributes.of("reportPeriod", "2025-13", "status", "LATE")),
                OFFICER, "permitReport.period.invalid [2025-13]");
    }

    @Test
    void checksTheLevelOfAGreenPracticeAgainstItsKind() {
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.GREEN_PRACTICE, MAY_10, FactSource.OTHER_DEPARTMENT, DECISION,
                               FactAttributes.of("kind", "GREEN_FACTORY", "level", "A")),
                OFFICER, "greenPractice.level.invalid [greenPracticeKind.GREEN_FACTORY, A]");
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.GREEN_PRACTICE, MAY_10, FactSource.OTHER_DEPARTMENT, DECISION,
                               FactAttributes.of("kind", "ISO14001", "level", "NATIONAL")),
                OFFICER, "fact.attribute.notApplicable [greenPracticeKind.ISO14001, field.level]");
        refused(fixture.given(registered()),
                new RecordFact(CODE, id(1), FactType.GREEN_PRACTICE, MAY_10, FactSource.OTHER_DEPARTMENT, DECISION,
                               FactAttributes.of("kind", "ISO14001", "validUntil", "2025-01-01")),
                OFFICER, "fact.attribute.dateBeforeOccurrence [field.validUntil]");
    }

    @Test
    void theResolvedFactsAreTheRecordedOnesInDateOrder() {
        RecordFact tax = new RecordFact(CODE, id(7), FactType.TAX, LocalDate.of(2025, 1, 20), FactSource.TAX,
                                        Evidence.of("税务通知 3"), FactAttributes.of("status", "ARREARS"));

        fixture.given(registered(), violationRecorded(1, "京通环罚〔2025〕12号"), recordedFrom(tax))
               .when(new RecordFact(CODE, id(8), FactType.COMPLAINT, LocalDate.of(2025, 3, 3),
                                    FactSource.COMPLAINT_PLATFORM, Evidence.of("12345-0303-88"),
                                    FactAttributes.of("channel", "12345", "substantiated", true)), OFFICER)
               .expectState(file -> assertThat(file.resolvedFacts()).extracting(ResolvedFact::factId)
                                                                     .containsExactly(id(7), id(8), id(1)));
    }

    private static RecordFact withViolationAttribute(String name, Object value) {
        return new RecordFact(CODE, id(1), FactType.VIOLATION, MAY_10, FactSource.ENFORCEMENT, DECISION,
                              violation("京通环罚〔2025〕1号").with(name, value));
    }

    static FactRecorded recordedFrom(RecordFact command) {
        return new FactRecorded(command.creditCode(), command.factId(), command.type(), command.occurredOn(),
                                command.source(), command.evidence(),
                                command.type().validate(command.attributes(), command.occurredOn()));
    }
}
