package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.CorrectionOutcome;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.RecordFact;
import org.greencredit.domain.dataerror.DataErrorReports;
import org.greencredit.domain.dataerror.EvidenceFile;
import org.greencredit.domain.dataerror.ReportState;
import org.greencredit.domain.dataerror.api.DataErrorReported;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.scoring.Contribution;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.greencredit.projections.dataerror.DataErrorReportList;
import org.greencredit.projections.dataerror.DataErrorReportSummary;
import org.greencredit.projections.dataerror.FindDataErrorReportsOf;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.dataerror.DataErrorDesk;
import org.greencredit.ui.dataerror.DataErrorQueueView;
import org.greencredit.ui.portal.MyFileView;
import org.junit.jupiter.api.Test;

/**
 * 数据纠错 in the web UI: the enterprise reports a fact of its own file with evidence on /my-file, the officer
 * answers in /data-errors; bad input is refused with nothing stored; nobody reaches another enterprise's report or
 * its evidence.
 */
class DataErrorViewsTest extends ViewContext {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    @SuppressWarnings("unchecked")
    void anEnterpriseReportsAFactOfItsFileWithEvidenceAndSeesTheReport() throws Exception {
        String code = TestCreditCodes.code(15001);
        String fact = registeredWithViolation(15001, "纠错报告测试企业");
        SignedInUi.openAsEnterprise(context, code);
        UI.getCurrent().navigate(MyFileView.class);

        Grid<CreditFileEntry> facts = _get(Grid.class, spec -> spec.withId("data-error-facts"));
        assertThat(GridKt._size(facts)).isEqualTo(1);
        _click(button(GridKt._getCellComponent(facts, 0, "report"), "data-error-report-" + fact));
        _setValue(_get(TextArea.class, spec -> spec.withId("data-error-reason")), "该处罚已被行政复议撤销");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("data-error-evidence-upload")), "复议决定书.pdf", PDF);
        _click(_get(Button.class, spec -> spec.withId("data-error-report-submit")));

        NotificationsKt.expectNotifications("数据错误报告已提交");
        DataErrorReportSummary report = awaitReports(code, 1).get(0);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(report.state()).isEqualTo(ReportState.OPEN);
        assertThat(report.reason()).isEqualTo("该处罚已被行政复议撤销");
        assertThat(report.evidence()).containsExactly(
                new DataErrorReportSummary.Evidence("复议决定书.pdf", sha, PDF.length, "application/pdf"));
        assertThat(Files.readAllBytes(evidenceDirectory(code).resolve(sha))).isEqualTo(PDF);
        DataErrorReported event = (DataErrorReported) reportEvents(code, fact).get(0).getPayload();
        assertThat(event.evidence()).containsExactly(new EvidenceFile("复议决定书.pdf", sha, PDF.length,
                                                                      "application/pdf"));
        assertThat(event.decisionDeadline()).isAfter(event.reportedOn());

        UI.getCurrent().refreshCurrentRoute(true);
        Grid<DataErrorReportSummary> reports = _get(Grid.class, spec -> spec.withId("data-error-reports"));
        assertThat(GridKt._size(reports)).isEqualTo(1);
        Anchor download = (Anchor) ((Div) GridKt._getCellComponent(reports, 0, "evidence"))
                .getChildren().filter(Anchor.class::isInstance).findFirst().orElseThrow();
        assertThat(download.getText()).isEqualTo("复议决定书.pdf");
        assertThat(download.getHref()).isNotBlank();
        facts = _get(Grid.class, spec -> spec.withId("data-error-facts"));
        assertThat(GridKt._getCellComponent(facts, 0, "report").getElement().getText()).isEqualTo("已报告，待处理");
    }

    @Test
    void evidenceIsHandedOnlyToThoseWhoMaySeeTheReport() throws Exception {
        String code = TestCreditCodes.code(15002);
        String fact = registeredWithViolation(15002, "纠错证据测试企业");
        DataErrorReportSummary report = reportAs(code, fact, "罚款金额录入有误");
        String sha = report.evidence().get(0).sha256();
        DataErrorDesk desk = context.getBean(DataErrorDesk.class);

        assertThat(Files.readAllBytes(desk.evidence(Actor.enterprise("contact", code), report.reportId(), sha)
                                          .content())).isEqualTo(PDF);
        assertThat(desk.evidence(Actor.officer("officer", "执法大队"), report.reportId(), sha).name())
                .isEqualTo("复议决定书.pdf");
        assertRefused(() -> desk.evidence(Actor.enterprise("other", TestCreditCodes.code(15003)), report.reportId(),
                                          sha), "actor.notOwnFile");
        assertRefused(() -> desk.evidence(new Actor("assessor", Role.ASSESSOR, "第三方", null), report.reportId(), sha),
                      "actor.notPermitted");
        assertRefused(() -> desk.evidence(Actor.enterprise("contact", code), report.reportId(), "0".repeat(64)),
                      "dataError.evidence.notFound");

        SignedInUi.openAsEnterprise(context, TestCreditCodes.code(15003));
        UI.getCurrent().navigate(MyFileView.class);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("data-error-reports")))).isZero();
        UI.getCurrent().navigate(DataErrorQueueView.class);
        _assertNone(DataErrorQueueView.class);
        _get(H2.class, spec -> spec.withId("access-denied"));
    }

    @Test
    void badInputIsRefusedClearlyAndNothingIsStored() throws IOException {
        String code = TestCreditCodes.code(15004);
        String fact = registeredWithViolation(15004, "纠错输入测试企业");
        String other = TestCreditCodes.code(15005);
        String othersFact = registeredWithViolation(15005, "纠错他人测试企业");
        SignedInUi.openAsEnterprise(context, code);
        DataErrorDesk desk = context.getBean(DataErrorDesk.class);

        refusedFromDialog(code, " ", "x.pdf", PDF, "请填写错误说明");
        refusedFromDialog(code, "说".repeat(1001), "x.pdf", PDF, "错误说明不能超过1000个字符");
        refusedFromDialog(code, "理由", "scan.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8),
                          "证明材料“scan.pdf”不是PDF、JPG或PNG文件（按文件内容判断，与扩展名须一致）");
        refusedFromDialog(code, "理由", "photo.png", PDF,
                          "证明材料“photo.png”不是PDF、JPG或PNG文件（按文件内容判断，与扩展名须一致）");
        refusedFromDialog(code, "理由", "empty.pdf", new byte[0], "证明材料“empty.pdf”是空文件");

        Path large = Files.createTempFile("large", ".pdf");
        try {
            Files.write(large, PDF);
            Files.write(large, new byte[(int) EvidenceFile.MAX_BYTES], StandardOpenOption.APPEND);
            assertRefused(() -> desk.report(code, fact, "理由", List.of(new DataErrorDesk.EvidenceUpload("big.pdf", large))),
                          "dataError.evidence.tooLarge");
        } finally {
            Files.deleteIfExists(large);
        }
        Path pdf = Files.createTempFile("evidence", ".pdf");
        try {
            Files.write(pdf, PDF);
            List<DataErrorDesk.EvidenceUpload> files = List.of(new DataErrorDesk.EvidenceUpload("复议决定书.pdf", pdf));
            assertRefused(() -> desk.report(code, "no-such-fact", "理由", files), "dataError.fact.notFound");
            assertRefused(() -> desk.report(code, othersFact, "理由", files), "dataError.fact.notFound");
            assertRefused(() -> desk.report(other, othersFact, "理由", files), "actor.notOwnFile");
        } finally {
            Files.deleteIfExists(pdf);
        }

        assertThat(reportEvents(code, fact)).isEmpty();
        assertThat(reportEvents(code, "no-such-fact")).isEmpty();
        assertThat(reportEvents(code, othersFact)).isEmpty();
        assertThat(reportEvents(other, othersFact)).isEmpty();
        assertThat(storedEvidence(code)).isEmpty();
        assertThat(storedEvidence(other)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerRefusesAReportOnlyWithAReason() {
        String code = TestCreditCodes.code(15006);
        String fact = registeredWithViolation(15006, "纠错驳回测试企业");
        DataErrorReportSummary report = reportAs(code, fact, "该处罚不属于本企业");
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(DataErrorQueueView.class);

        Grid<DataErrorReportSummary> queue = _get(Grid.class, spec -> spec.withId("data-error-queue"));
        int row = rowOf(queue, report.reportId());
        _click(button(GridKt._getCellComponent(queue, row, "actions"), "data-error-refuse"));
        _click(_get(Button.class, spec -> spec.withId("data-error-refuse-submit")));
        NotificationsKt.expectNotifications("请填写不予更正的理由");
        assertThat(reportsOf(code).get(0).state()).isEqualTo(ReportState.OPEN);

        _setValue(_get(TextArea.class, spec -> spec.withId("data-error-refusal-reason")), "处罚决定书载明的当事人即为本企业");
        _click(_get(Button.class, spec -> spec.withId("data-error-refuse-submit")));

        RunningApplication.await(() -> reportsOf(code).get(0).state() == ReportState.REFUSED, Duration.ofSeconds(30),
                                 "the refusal to reach the read model");
        assertThat(reportsOf(code).get(0).refusalReason()).isEqualTo("处罚决定书载明的当事人即为本企业");
        SignedInUi.open(context, Role.REVIEWER);
        UI.getCurrent().navigate(DataErrorQueueView.class);
        _assertNone(DataErrorQueueView.class);
    }

    /**
     * R7: a violation the published grade weighed, reported and corrected through the queue, re-grades the
     * enterprise at once (a DYNAMIC decision triggered by the correction), and the report names that correction.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aCorrectionThroughTheQueueReGradesAPublishedGrade() {
        EventStore store = context.getBean(EventStore.class);
        record Weighed(String creditCode, String factId) {
        }
        Weighed target = context.getBean(QueryGateway.class)
                .query(new FindEnterprises(DirectoryFilter.all(), DirectorySort.BY_CREDIT_CODE, 0, 200),
                       EnterpriseDirectoryPage.class).join().items().stream()
                .filter(enterprise -> enterprise.grade() != null)
                .flatMap(enterprise -> weighedViolation(store, enterprise.creditCode())
                        .map(factId -> new Weighed(enterprise.creditCode(), factId)).stream())
                .findFirst().orElseThrow();
        DataErrorReportSummary report = reportAs(target.creditCode(), target.factId(), "该处罚已被法院判决撤销");

        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(DataErrorQueueView.class);
        Grid<DataErrorReportSummary> queue = _get(Grid.class, spec -> spec.withId("data-error-queue"));
        Component actions = GridKt._getCellComponent(queue, rowOf(queue, report.reportId()), "actions");
        _click(button(actions, "data-error-resolve"));
        NotificationsKt.expectNotifications("报告提交后尚未对这条信用信息作出更正，请先更正");

        _click(button(actions, "data-error-correct"));
        _setValue(_get(Select.class, spec -> spec.withId("correction-outcome")), CorrectionOutcome.REVOKED);
        _setValue(_get(TextField.class, spec -> spec.withId("correction-document-no")), "京通行初字〔2026〕1号");
        _click(_get(Button.class, spec -> spec.withId("correction-submit")));

        RunningApplication.await(() -> reportsOf(target.creditCode()).get(0).state() == ReportState.CORRECTED,
                                 Duration.ofSeconds(30), "the resolution to reach the read model");
        assertThat(reportsOf(target.creditCode()).get(0).correctionOutcome()).isEqualTo("REVOKED");
        GradeDecided adjusted = lastDecision(store, target.creditCode());
        assertThat(adjusted.kind()).isEqualTo(DecisionKind.DYNAMIC);
        assertThat(adjusted.trigger()).isEqualTo(new DecisionTrigger(DecisionTrigger.CORRECTION, target.factId()));
        assertThat(adjusted.decision().facts()).extracting(ResolvedFact::factId).doesNotContain(target.factId());
    }

    /**
     * A counting violation the grade in force took points for, in an indicator and dimension not held at their
     * limits, so revoking it changes the total.
     */
    private Optional<String> weighedViolation(EventStore store, String creditCode) {
        GradeDecided last = lastDecision(store, creditCode);
        if (last == null || last.kind() == DecisionKind.PRELIMINARY) {
            return Optional.empty();
        }
        List<String> counting = context.getBean(QueryGateway.class)
                .query(new FindCreditFileEntries(creditCode), CreditFileEntries.class).join().entries().stream()
                .filter(entry -> "COUNTED".equals(entry.status())).map(CreditFileEntry::id).toList();
        List<String> violations = last.decision().facts().stream().filter(fact -> fact.type() == FactType.VIOLATION)
                                      .map(ResolvedFact::factId).filter(counting::contains).toList();
        return last.decision().dimensions().stream()
                   .filter(dimension -> dimension.raw().compareTo(dimension.points()) == 0)
                   .flatMap(dimension -> dimension.indicators().stream())
                   .filter(indicator -> indicator.raw().compareTo(indicator.points()) == 0)
                   .flatMap(indicator -> indicator.contributions().stream())
                   .filter(contribution -> contribution.points().signum() != 0
                           && violations.contains(contribution.factId()))
                   .map(Contribution::factId).findFirst();
    }

    private static GradeDecided lastDecision(EventStore store, String creditCode) {
        return store.readEvents(creditCode, 0L).asStream().map(DomainEventMessage::getPayload)
                    .filter(GradeDecided.class::isInstance).map(GradeDecided.class::cast)
                    .reduce((earlier, later) -> later).orElse(null);
    }

    private void refusedFromDialog(String code, String reason, String fileName, byte[] content, String message) {
        UI.getCurrent().navigate(MyFileView.class);
        @SuppressWarnings("unchecked")
        Grid<CreditFileEntry> facts = _get(Grid.class, spec -> spec.withId("data-error-facts"));
        _click((Button) GridKt._getCellComponent(facts, 0, "report"));
        _setValue(_get(TextArea.class, spec -> spec.withId("data-error-reason")), reason);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("data-error-evidence-upload")), fileName, content);
        _click(_get(Button.class, spec -> spec.withId("data-error-report-submit")));
        NotificationsKt.expectNotifications(message);
        _click(_get(Button.class, spec -> spec.withText("取消")));
    }

    private String registeredWithViolation(int number, String name) {
        String code = TestCreditCodes.code(number);
        send(TestEnterprises.registration(number, name));
        String factId = UUID.randomUUID().toString();
        String decisionNo = "京通环罚〔2025〕" + number + "号";
        send(new RecordFact(code, factId, FactType.VIOLATION, LocalDate.of(2025, 6, 1), FactSource.ENFORCEMENT,
                            Evidence.of(decisionNo),
                            FactAttributes.of("category", "EXCEEDING_STANDARDS", "severity", "GENERAL", "medium",
                                              "AIR", "decisionNo", decisionNo)));
        RunningApplication.await(() -> context.getBean(QueryGateway.class)
                                              .query(new FindCreditFileEntries(code), CreditFileEntries.class).join()
                                              .entries().size() == 1,
                                 Duration.ofSeconds(30), "the fact to reach the credit file entries");
        return factId;
    }

    private DataErrorReportSummary reportAs(String code, String fact, String reason) {
        SignedInUi.openAsEnterprise(context, code);
        int before = reportsOf(code).size();
        try {
            Path pdf = Files.createTempFile("evidence", ".pdf");
            Files.write(pdf, PDF);
            context.getBean(DataErrorDesk.class).report(code, fact, reason,
                                                        List.of(new DataErrorDesk.EvidenceUpload("复议决定书.pdf", pdf)));
            Files.delete(pdf);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return awaitReports(code, before + 1).get(0);
    }

    private List<DataErrorReportSummary> awaitReports(String code, int count) {
        RunningApplication.await(() -> reportsOf(code).size() == count, Duration.ofSeconds(30),
                                 "the report to reach the read model");
        return reportsOf(code);
    }

    private List<DataErrorReportSummary> reportsOf(String code) {
        return context.getBean(QueryGateway.class).query(new FindDataErrorReportsOf(code), DataErrorReportList.class)
                      .join().reports();
    }

    private List<? extends DomainEventMessage<?>> reportEvents(String code, String factId) {
        return context.getBean(EventStore.class).readEvents(DataErrorReports.streamId(code, factId), 0L).asStream()
                      .toList();
    }

    private Path evidenceDirectory(String code) {
        return context.getBean(GreenCreditProperties.class).dataDir().resolve("data-errors").resolve(code);
    }

    private List<Path> storedEvidence(String code) throws IOException {
        Path directory = evidenceDirectory(code);
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    private static int rowOf(Grid<DataErrorReportSummary> grid, String reportId) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).reportId().equals(reportId))
                        .findFirst().orElseThrow();
    }

    private static Button button(Component within, String id) {
        return _get(within, Button.class, spec -> spec.withId(id));
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).satisfiesAnyOf(
                thrown -> assertThat(thrown).isInstanceOfSatisfying(RuleViolation.class,
                                                                    violation -> assertThat(violation.messageKey())
                                                                            .isEqualTo(key)),
                thrown -> assertThat(thrown).isInstanceOfSatisfying(CommandRefused.class,
                                                                    refused -> assertThat(refused.refusal()
                                                                                                 .messageKey())
                                                                            .isEqualTo(key)));
    }

    private void send(Object command) {
        context.getBean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(TestEnterprises.OFFICER.asMetaData()));
    }
}
