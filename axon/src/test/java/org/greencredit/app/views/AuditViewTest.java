package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.audit.DecisionVerifier;
import org.greencredit.app.audit.VerificationReport;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Role;
import org.greencredit.projections.audit.AuditEntry;
import org.greencredit.projections.audit.AuditFilter;
import org.greencredit.projections.audit.CountAuditEntries;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.projections.decision.FindGradeAsOf;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.ui.admin.AdminView;
import org.greencredit.ui.audit.AuditView;
import org.greencredit.ui.audit.VerificationOutcome;
import org.greencredit.ui.audit.VerificationRunner;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.directory.DirectoryClient;
import org.junit.jupiter.api.Test;

/** The audit view (审计) on the server side, against the generated district. */
class AuditViewTest extends ViewContext {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 12, 31),
                                                         LocalDate.of(2025, 12, 31), LocalDate.of(2027, 6, 30));

    @Test
    void anAuditorVerifiesEveryDecisionOfTheDistrictAndAllMatch() {
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(AuditView.class);

        _click(_get(Button.class, spec -> spec.withId("audit-verify-start")));
        awaitUi(() -> !LocatorJ._find(Span.class, spec -> spec.withId("audit-verify-decisions")).isEmpty(),
                Duration.ofMinutes(2));

        VerificationReport expected = context.getBean(DecisionVerifier.class).verifyAll();
        assertThat(expected.decisions()).isPositive();
        assertThat(text("audit-verify-decisions")).isEqualTo(String.valueOf(expected.decisions()));
        assertThat(text("audit-verify-matched")).isEqualTo(String.valueOf(expected.matched()));
        assertThat(text("audit-verify-mismatched")).isEqualTo("0");
        assertThat(expected.matched()).isEqualTo(expected.decisions());
        assertThat(_get(ProgressBar.class, spec -> spec.withId("audit-verify-progress")).getValue()).isEqualTo(1.0);
        assertThat(text("audit-verify-status")).contains("全部决定均与重新计算结果一致");
        LocatorJ._assertNone(Grid.class, spec -> spec.withId("audit-verify-mismatches"));
    }

    @Test
    void aSecondVerificationWhileOneRunsIsRefusedPolitely() throws Exception {
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(AuditView.class);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<VerificationOutcome> running = context.getBean(VerificationRunner.class)
                .start((done, total) -> {
                    try {
                        release.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }).orElseThrow();
        try {
            _click(_get(Button.class, spec -> spec.withId("audit-verify-start")));

            NotificationsKt.expectNotifications("已有一次核验正在进行，请待其完成后再发起。");
        } finally {
            release.countDown();
        }
        assertThat(running.get(2, TimeUnit.MINUTES).mismatches()).isEmpty();
    }

    @Test
    void theGradeAsOfADateIsTheOneTheDecisionHistoryGives() {
        QueryGateway queries = context.getBean(QueryGateway.class);
        EnterpriseWithGrade found = enterpriseWithAGrade(queries);
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(AuditView.class);
        _get(TabSheet.class, spec -> spec.withId("audit-tabs")).setSelectedIndex(1);

        _setValue(_get(TextField.class, spec -> spec.withId("audit-asof-credit-code")), found.creditCode());
        _setValue(_get(DatePicker.class, spec -> spec.withId("audit-asof-date")), found.date());
        _click(_get(Button.class, spec -> spec.withId("audit-asof-find")));

        assertThat(text("audit-asof-grade")).isEqualTo(found.decision().grade());
        assertThat(text("audit-asof-decision")).contains(found.decision().decidedOn().toString())
                                               .doesNotContain(found.decision().decisionId())
                                               .doesNotContainPattern(UUID_PATTERN);
        assertThat(_get(Anchor.class, spec -> spec.withId("audit-asof-file")).getHref())
                .isEqualTo("enterprises/" + found.creditCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTimelineFilteredByAnEnterpriseListsItsEvents() {
        String creditCode = context.getBean(DirectoryClient.class).find("", 0, 1).get(0).creditCode();
        long expected = context.getBean(QueryGateway.class)
                               .query(new CountAuditEntries(AuditFilter.ofEnterprise(creditCode)), Long.class).join();
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(AuditView.class);
        _get(TabSheet.class, spec -> spec.withId("audit-tabs")).setSelectedIndex(2);

        _setValue(_get(TextField.class, spec -> spec.withId("audit-timeline-credit-code")), creditCode);

        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-timeline-grid"));
        assertThat(expected).isPositive();
        assertThat(GridKt._size(grid)).isEqualTo(expected);
        List<AuditEntry> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).allSatisfy(entry -> assertThat(List.of(String.valueOf(entry.aggregateId()),
                                                                String.valueOf(entry.creditCode())))
                .contains(creditCode));
        assertThat(rows).extracting(AuditEntry::eventType).contains("EnterpriseRegistered", "GradeDecided");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("企业登记");
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        MockVaadin.clientRoundtrip();
        assertThat(GridCount.text(grid)).isEqualTo("共 " + expected + " 条");
    }

    @Test
    void anOfficerIsRefusedAuditAndAdministration() {
        SignedInUi.open(context, Role.OFFICER);

        UI.getCurrent().navigate(AuditView.class);
        LocatorJ._assertNone(AuditView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("您的角色无权访问此页面。");

        UI.getCurrent().navigate(AdminView.class);
        LocatorJ._assertNone(AdminView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("您的角色无权访问此页面。");
    }

    @Test
    void anAuditorIsRefusedAdministration() {
        SignedInUi.open(context, Role.AUDITOR);

        UI.getCurrent().navigate(AdminView.class);

        LocatorJ._assertNone(AdminView.class);
        _get(H2.class, spec -> spec.withId("access-denied"));
    }

    private record EnterpriseWithGrade(String creditCode, LocalDate date, DecisionSummary decision) {
    }

    private EnterpriseWithGrade enterpriseWithAGrade(QueryGateway queries) {
        for (LocalDate date : DATES) {
            for (EnterpriseListing listing : context.getBean(DirectoryClient.class).find("", 0, ENTERPRISES)) {
                Optional<DecisionSummary> decision = Optional.ofNullable(queries.query(
                        new FindGradeAsOf(listing.creditCode(), date),
                        ResponseTypes.instanceOf(DecisionSummary.class)).join());
                if (decision.isPresent()) {
                    return new EnterpriseWithGrade(listing.creditCode(), date, decision.get());
                }
            }
        }
        throw new AssertionError("no generated enterprise has a grade in force on any of " + DATES);
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** Lets the background work's pushes reach the UI until {@code condition} holds. */
    static void awaitUi(BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the UI did not get there within " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
