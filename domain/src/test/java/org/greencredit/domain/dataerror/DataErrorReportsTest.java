package org.greencredit.domain.dataerror;

import static org.greencredit.domain.support.CreditFileFixtures.CLOCK;
import static org.greencredit.domain.support.CreditFileFixtures.CODE;
import static org.greencredit.domain.support.CreditFileFixtures.ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.OFFICER;
import static org.greencredit.domain.support.CreditFileFixtures.OTHER_CODE;
import static org.greencredit.domain.support.CreditFileFixtures.OTHER_ENTERPRISE;
import static org.greencredit.domain.support.CreditFileFixtures.REVIEWER;
import static org.greencredit.domain.support.CreditFileFixtures.SHIPPED_CALENDAR;
import static org.greencredit.domain.support.CreditFileFixtures.SYSTEM;
import static org.greencredit.domain.support.CreditFileFixtures.TODAY;
import static org.greencredit.domain.support.CreditFileFixtures.id;
import static org.greencredit.domain.support.Refusals.refused;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.EnterpriseLeftScope;
import org.greencredit.domain.creditfile.api.FactRecorded;
import org.greencredit.domain.creditfile.api.RepairApproved;
import org.greencredit.domain.creditfile.api.ViolationCorrected;
import org.greencredit.domain.dataerror.api.DataErrorCorrected;
import org.greencredit.domain.dataerror.api.DataErrorDecisionOverdue;
import org.greencredit.domain.dataerror.api.DataErrorReportRefused;
import org.greencredit.domain.dataerror.api.DataErrorReportWithdrawn;
import org.greencredit.domain.dataerror.api.DataErrorReported;
import org.greencredit.domain.dataerror.api.RecordDataErrorDecisionOverdue;
import org.greencredit.domain.dataerror.api.RefuseDataErrorReport;
import org.greencredit.domain.dataerror.api.ReportDataError;
import org.greencredit.domain.dataerror.api.ResolveDataErrorByCorrection;
import org.greencredit.domain.dataerror.api.WithdrawDataErrorReport;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 数据纠错: an enterprise reports a wrong fact of its own file; an officer corrects it or refuses with a reason. */
class DataErrorReportsTest {

    private static final String VIOLATION = id(1);
    private static final String OTHER_VIOLATION = id(2);
    private static final String AWARD = id(3);
    private static final String OTHER_FILE_FACT = id(9);
    private static final String REPORT = VIOLATION + "#1";
    private static final LocalDate OCCURRED = LocalDate.of(2025, 6, 10);
    /** 2026-03-01 is a Sunday; ten working days after it (no holiday in between) end on Friday 2026-03-13. */
    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 13);
    private static final FactAttributes VIOLATION_ATTRIBUTES =
            FactAttributes.of("decisionNo", "京通环罚〔2025〕12号", "severity", "GENERAL");
    private static final EvidenceFile PDF = new EvidenceFile("复议决定书.pdf", "a".repeat(64), 2048, "application/pdf");
    private static final String REASON = "该处罚已于2025年9月被行政复议撤销";

    private final Files files = new Files();
    private FixtureConfiguration<DataErrorReports> fixture;

    @BeforeEach
    void setUp() {
        files.file(CODE).apply(recorded(VIOLATION, FactType.VIOLATION, VIOLATION_ATTRIBUTES), 0)
             .apply(recorded(OTHER_VIOLATION, FactType.VIOLATION,
                             FactAttributes.of("decisionNo", "京通环罚〔2025〕13号")), 1)
             .apply(recorded(AWARD, FactType.AWARD, FactAttributes.of("title", "绿色工厂")), 2);
        files.file(OTHER_CODE).apply(recorded(OTHER_FILE_FACT, FactType.VIOLATION, VIOLATION_ATTRIBUTES), 0);
        fixture = fixtureOn(CLOCK);
    }

    /** A fixture of its own for a command on another stream: a fixture tests one aggregate. */
    private TestExecutor<DataErrorReports> fresh() {
        return fixtureOn(CLOCK).givenNoPriorActivity();
    }

    private FixtureConfiguration<DataErrorReports> fixtureOn(Clock clock) {
        FixtureConfiguration<DataErrorReports> configured = new AggregateTestFixture<>(DataErrorReports.class);
        configured.registerInjectableResource(clock);
        configured.registerInjectableResource(files);
        configured.registerInjectableResource(SHIPPED_CALENDAR);
        configured.registerInjectableResource(new DataErrorSettings(10));
        return configured;
    }

    private static FactRecorded recorded(String factId, FactType type, FactAttributes attributes) {
        return new FactRecorded(CODE, factId, type, OCCURRED, FactSource.ENFORCEMENT, new Evidence("D-1", null),
                                attributes);
    }

    private static ReportDataError report(String factId) {
        return new ReportDataError(CODE, factId, REASON, List.of(PDF));
    }

    private static DataErrorReported reported() {
        return new DataErrorReported(REPORT, CODE, VIOLATION, FactType.VIOLATION, OCCURRED, VIOLATION_ATTRIBUTES,
                                     REASON, List.of(PDF), TODAY, DEADLINE, 2);
    }

    @Test
    void anEnterpriseReportsAFactOfItsOwnFileWithAWorkingDayDeadline() {
        fixture.givenNoPriorActivity().when(report(VIOLATION), ENTERPRISE)
               .expectSuccessfulHandlerExecution().expectResultMessagePayload(REPORT).expectEvents(reported());
    }

    @Test
    void aReportWithoutFilesIsAReportToo() {
        fixture.givenNoPriorActivity().when(new ReportDataError(CODE, AWARD, "  奖项名称有误  ", null), ENTERPRISE)
               .expectEvents(new DataErrorReported(AWARD + "#1", CODE, AWARD, FactType.AWARD, OCCURRED,
                                                   FactAttributes.of("title", "绿色工厂"), "奖项名称有误", List.of(),
                                                   TODAY, DEADLINE, 2));
    }

    @Test
    void aFactAlreadyAnsweredMayBeReportedAgainUnderTheNextNumber() {
        fixture.given(reported(), new DataErrorReportRefused(REPORT, CODE, VIOLATION, "处罚决定有效", TODAY))
               .when(report(VIOLATION), ENTERPRISE)
               .expectResultMessagePayload(VIOLATION + "#2");
    }

    @Test
    void onlyTheEnterpriseReportsAndOnlyOnItsOwnFile() {
        refused(fresh(), report(VIOLATION), OFFICER, "actor.notPermitted [OFFICER]");
        refused(fresh(), report(VIOLATION), REVIEWER, "actor.notPermitted [REVIEWER]");
        refused(fresh(), new ReportDataError(OTHER_CODE, OTHER_FILE_FACT, REASON, List.of()),
                ENTERPRISE, "actor.notOwnFile [" + OTHER_CODE + "]");
    }

    @Test
    void aFactOfAnotherEnterpriseOrAnUnknownFactIsNotFoundInTheOwnFile() {
        refused(fresh(), report(OTHER_FILE_FACT), ENTERPRISE,
                "dataError.fact.notFound [" + OTHER_FILE_FACT + "]");
        refused(fresh(), report("no-such-fact"), ENTERPRISE,
                "dataError.fact.notFound [no-such-fact]");
        refused(fresh(), new ReportDataError(CODE, null, REASON, List.of()), ENTERPRISE,
                "dataError.fact.notFound [null]");
    }

    @Test
    void aRevokedOrRepairedFactNoLongerCountsAndCannotBeReported() {
        files.file(CODE).apply(new ViolationCorrected(CODE, VIOLATION, CorrectionOutcome.REVOKED, TODAY,
                                                      new Evidence("复议决定", null), FactAttributes.empty()), 3)
             .apply(new RepairApproved(CODE, "repair-1", List.of(OTHER_VIOLATION), TODAY), 4);
        refused(fresh(), report(VIOLATION), ENTERPRISE,
                "dataError.fact.noLongerCounts [creditfile.status.REVOKED]");
        refused(fresh(), report(OTHER_VIOLATION), ENTERPRISE,
                "dataError.fact.noLongerCounts [creditfile.status.REPAIRED]");
    }

    @Test
    void aFileOutOfScopeOrUnknownTakesNoReport() {
        files.file(CODE).apply(new EnterpriseLeftScope(CODE, ScopeExitReason.CLOSED, TODAY, "关停", null), 3);
        refused(fresh(), report(VIOLATION), ENTERPRISE, "creditFile.leftScope [" + CODE + "]");
        files.files.remove(CODE);
        refused(fresh(), report(VIOLATION), ENTERPRISE, "creditFile.notFound [" + CODE + "]");
    }

    @Test
    void aSecondOpenReportOnTheSameFactIsRefused() {
        refused(fixture.given(reported()), report(VIOLATION), ENTERPRISE, "dataError.alreadyOpen [" + TODAY + "]");
    }

    @Test
    void aReasonIsRequiredAndLimited() {
        refused(fresh(), new ReportDataError(CODE, VIOLATION, " ", List.of()), ENTERPRISE,
                "text.required [field.dataErrorReason]");
        refused(fresh(), new ReportDataError(CODE, VIOLATION, null, List.of()), ENTERPRISE,
                "text.required [field.dataErrorReason]");
        refused(fresh(), new ReportDataError(CODE, VIOLATION, "错".repeat(1001), List.of()),
                ENTERPRISE, "text.tooLong [field.dataErrorReason, 1000]");
    }

    @Test
    void evidenceMustDescribeStoredFiles() {
        refused(fresh(), new ReportDataError(CODE, VIOLATION, REASON, List.of(
                new EvidenceFile("a.pdf", "not-a-hash", 10, "application/pdf"))), ENTERPRISE,
                "dataError.evidence.invalid [a.pdf]");
        refused(fresh(), new ReportDataError(CODE, VIOLATION, REASON, List.of(
                new EvidenceFile("a.pdf", "b".repeat(64), 0, "application/pdf"))), ENTERPRISE,
                "dataError.evidence.invalid [a.pdf]");
        refused(fresh(), new ReportDataError(CODE, VIOLATION, REASON, List.of(
                new EvidenceFile("big.pdf", "b".repeat(64), EvidenceFile.MAX_BYTES + 1, "application/pdf"))),
                ENTERPRISE, "dataError.evidence.tooLarge [big.pdf, 10]");
        refused(fresh(), new ReportDataError(CODE, VIOLATION, REASON, List.of(
                new EvidenceFile("../a.pdf", "b".repeat(64), 10, "application/pdf"))), ENTERPRISE,
                "dataError.evidence.name.invalid [255]");
        refused(fresh(), new ReportDataError(CODE, VIOLATION, REASON, List.of(PDF, PDF)),
                ENTERPRISE, "dataError.evidence.duplicate [复议决定书.pdf]");
        List<EvidenceFile> six = java.util.stream.IntStream.range(0, 6).mapToObj(
                n -> new EvidenceFile(n + ".pdf", String.valueOf(n).repeat(64), 10, "application/pdf")).toList();
        refused(fresh(), new ReportDataError(CODE, VIOLATION, REASON, six), ENTERPRISE,
                "dataError.evidence.tooMany [5]");
    }

    @Test
    void anOfficerResolvesTheReportWithTheCorrectionOfItsFact() {
        files.file(CODE).apply(new ViolationCorrected(CODE, VIOLATION, CorrectionOutcome.REVOKED, TODAY,
                                                      new Evidence("复议决定", null), FactAttributes.empty()), 3);
        fixture.given(reported()).when(new ResolveDataErrorByCorrection(CODE, REPORT, 3L, " 已撤销 "), OFFICER)
               .expectEvents(new DataErrorCorrected(REPORT, CODE, VIOLATION, 3, CorrectionOutcome.REVOKED, TODAY,
                                                    "已撤销", TODAY));
    }

    @Test
    void aCorrectionMustBeOfTheReportedFactAndMadeAfterTheReport() {
        files.file(CODE).apply(new ViolationCorrected(CODE, OTHER_VIOLATION, CorrectionOutcome.REVOKED, TODAY,
                                                      new Evidence("复议决定", null), FactAttributes.empty()), 3);
        refused(fixture.given(reported()), new ResolveDataErrorByCorrection(CODE, REPORT, 3L, null), OFFICER,
                "dataError.correction.otherFact");
        refused(fixture.given(reported()), new ResolveDataErrorByCorrection(CODE, REPORT, 2L, null), OFFICER,
                "dataError.correction.notFound [2]");
        refused(fixture.given(reported()), new ResolveDataErrorByCorrection(CODE, REPORT, null, null), OFFICER,
                "dataError.correction.required");
        DataErrorReported afterTheCorrection = new DataErrorReported(
                REPORT, CODE, VIOLATION, FactType.VIOLATION, OCCURRED, VIOLATION_ATTRIBUTES, REASON, List.of(),
                TODAY, DEADLINE, 4);
        files.file(CODE).apply(new ViolationCorrected(CODE, VIOLATION, CorrectionOutcome.CHANGED, TODAY,
                                                      new Evidence("复议决定", null), VIOLATION_ATTRIBUTES), 4);
        refused(fixture.given(afterTheCorrection), new ResolveDataErrorByCorrection(CODE, REPORT, 4L, null), OFFICER,
                "dataError.correction.beforeReport [" + TODAY + "]");
    }

    @Test
    void anOfficerRefusesWithAReason() {
        fixture.given(reported()).when(new RefuseDataErrorReport(CODE, REPORT, " 处罚决定未被撤销 "), OFFICER)
               .expectEvents(new DataErrorReportRefused(REPORT, CODE, VIOLATION, "处罚决定未被撤销", TODAY));
        refused(fixture.given(reported()), new RefuseDataErrorReport(CODE, REPORT, ""), OFFICER,
                "text.required [field.dataErrorRefusalReason]");
        refused(fixture.given(reported()), new RefuseDataErrorReport(CODE, REPORT, "理".repeat(1001)), OFFICER,
                "text.tooLong [field.dataErrorRefusalReason, 1000]");
    }

    @Test
    void onlyAnOfficerDecides() {
        refused(fixture.given(reported()), new RefuseDataErrorReport(CODE, REPORT, "理由"), ENTERPRISE,
                "actor.notPermitted [ENTERPRISE]");
        refused(fixture.given(reported()), new RefuseDataErrorReport(CODE, REPORT, "理由"), REVIEWER,
                "actor.notPermitted [REVIEWER]");
        refused(fixture.given(reported()), new ResolveDataErrorByCorrection(CODE, REPORT, 3L, null), ENTERPRISE,
                "actor.notPermitted [ENTERPRISE]");
    }

    @Test
    void aReportIsDecidedOnce() {
        DataErrorReportRefused refusedOnce = new DataErrorReportRefused(REPORT, CODE, VIOLATION, "理由", TODAY);
        refused(fixture.given(reported(), refusedOnce), new RefuseDataErrorReport(CODE, REPORT, "再次"), OFFICER,
                "dataError.alreadyClosed [dataError.state.REFUSED]");
        files.file(CODE).apply(new ViolationCorrected(CODE, VIOLATION, CorrectionOutcome.REVOKED, TODAY,
                                                      new Evidence("复议决定", null), FactAttributes.empty()), 3);
        DataErrorCorrected corrected = new DataErrorCorrected(REPORT, CODE, VIOLATION, 3, CorrectionOutcome.REVOKED,
                                                              TODAY, null, TODAY);
        refused(fixture.given(reported(), corrected), new ResolveDataErrorByCorrection(CODE, REPORT, 3L, null),
                OFFICER, "dataError.alreadyClosed [dataError.state.CORRECTED]");
        refused(fixture.given(reported(), corrected), new RefuseDataErrorReport(CODE, REPORT, "理由"), OFFICER,
                "dataError.alreadyClosed [dataError.state.CORRECTED]");
    }

    @Test
    void anUnknownReportIsNotFound() {
        refused(fixture.given(reported()), new RefuseDataErrorReport(CODE, VIOLATION + "#7", "理由"), OFFICER,
                "dataError.notFound");
        fresh().when(new RefuseDataErrorReport(CODE, "no-such-report", "理由"), OFFICER)
               .expectNoEvents().expectException(AggregateNotFoundException.class);
    }

    @Test
    void theEnterpriseWithdrawsItsOpenReport() {
        fixture.given(reported()).when(new WithdrawDataErrorReport(CODE, REPORT), ENTERPRISE)
               .expectEvents(new DataErrorReportWithdrawn(REPORT, CODE, VIOLATION, TODAY));
        refused(fixture.given(reported()), new WithdrawDataErrorReport(CODE, REPORT), OTHER_ENTERPRISE,
                "actor.notOwnFile [" + CODE + "]");
        refused(fixture.given(reported()), new WithdrawDataErrorReport(CODE, REPORT), OFFICER,
                "actor.notPermitted [OFFICER]");
        refused(fixture.given(reported(), new DataErrorReportWithdrawn(REPORT, CODE, VIOLATION, TODAY)),
                new WithdrawDataErrorReport(CODE, REPORT), ENTERPRISE,
                "dataError.alreadyClosed [dataError.state.WITHDRAWN]");
    }

    @Test
    void theSweepFlagsAReportOpenPastItsDeadlineOnce() {
        FixtureConfiguration<DataErrorReports> later = fixtureOn(Clock.offset(CLOCK, Duration.ofDays(13)));
        later.given(reported()).when(new RecordDataErrorDecisionOverdue(CODE, REPORT), SYSTEM)
             .expectEvents(new DataErrorDecisionOverdue(REPORT, CODE, VIOLATION, DEADLINE));
        refused(later.given(reported(), new DataErrorDecisionOverdue(REPORT, CODE, VIOLATION, DEADLINE)),
                new RecordDataErrorDecisionOverdue(CODE, REPORT), SYSTEM, "dataError.alreadyOverdue [" + DEADLINE + "]");
        refused(fixture.given(reported()), new RecordDataErrorDecisionOverdue(CODE, REPORT), SYSTEM,
                "deadline.notPassed [" + DEADLINE + "]");
        refused(later.given(reported()), new RecordDataErrorDecisionOverdue(CODE, REPORT), OFFICER,
                "actor.notPermitted [OFFICER]");
    }

    /** The credit files, folded from events the test names. */
    private static final class Files implements CreditFileFacts {

        private final Map<String, FileFacts> files = new HashMap<>();

        FileFacts file(String creditCode) {
            return files.computeIfAbsent(creditCode, code -> new FileFacts());
        }

        @Override
        public Optional<FileFacts> of(String creditCode) {
            return Optional.ofNullable(files.get(creditCode));
        }
    }
}
