package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.cycle.CycleFanOut;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.cycle.CycleSchedule;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FindCycle;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.ui.cycle.CycleDetailView;
import org.greencredit.ui.cycle.CyclePlanner.PublishedVersion;
import org.greencredit.ui.cycle.CyclesView;
import org.greencredit.ui.review.ReviewsView;
import org.junit.jupiter.api.Test;

/** The cycles views on the server side (Karibu-Testing), against the shared application. */
class CyclesViewTest extends ViewContext {

    private static final String CYCLE = "VIEWS-PROC-1";

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerSeesTheScheduleBeforeOpeningACycleAndThenTheCycleListed() {
        List<String> batch = List.of(TestCreditCodes.code(11001), TestCreditCodes.code(11002),
                                     TestCreditCodes.code(11003));
        for (int n = 11001; n <= 11003; n++) {
            send(TestEnterprises.registration(n, "周期视图测试企业" + n));
        }
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(60));
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(CyclesView.class);

        _click(_get(Button.class, spec -> spec.withId("cycle-open")));
        _setValue(_get(TextField.class, spec -> spec.withId("cycle-open-id")), CYCLE);
        _setValue(_get(TextField.class, spec -> spec.withId("cycle-open-name")), "视图测试批次");
        Select<PublishedVersion> version = _get(Select.class, spec -> spec.withId("cycle-open-version"));
        _setValue(version, new PublishedVersion(DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION));
        _setValue(_get(TextField.class, spec -> spec.withId("cycle-open-filter-industry")), "C3360");
        Grid<EnterpriseListing> enterprises = _get(Grid.class, spec -> spec.withId("cycle-open-enterprises"));
        enterprises.asMultiSelect().select(rows(enterprises).stream()
                                                   .filter(row -> batch.contains(row.creditCode())).toList());
        assertThat(_get(Span.class, spec -> spec.withId("cycle-open-selected")).getText()).isEqualTo("已选择 3 家企业");

        CycleSchedule expected = scheduleIfOpenedToday();
        assertThat(_get(Span.class, spec -> spec.withId("cycle-schedule-declaration")).getText())
                .isEqualTo(expected.declarationDeadline().toString());
        assertThat(_get(Span.class, spec -> spec.withId("cycle-schedule-verification")).getText())
                .isEqualTo(expected.verificationDeadline().toString());
        assertThat(_get(Span.class, spec -> spec.withId("cycle-schedule-disclosure")).getText())
                .isEqualTo(expected.disclosureStart() + " 至 " + expected.disclosureEnd());

        _click(_get(Button.class, spec -> spec.withId("cycle-open-submit")));

        NotificationsKt.expectNotifications("已启动评价周期：视图测试批次");
        QueryGateway queries = context.getBean(QueryGateway.class);
        RunningApplication.await(() -> queries.query(new FindCycle(CYCLE), CycleSummary.class).join() != null,
                                 Duration.ofSeconds(20), "the cycle to be listed");
        UI.getCurrent().navigate(CyclesView.class);
        Grid<CycleSummary> cycles = _get(Grid.class, spec -> spec.withId("cycles-grid"));
        assertThat(rows(cycles)).filteredOn(cycle -> cycle.cycleId().equals(CYCLE))
                                .extracting(CycleSummary::batchSize, CycleSummary::declarationDeadline)
                                .containsExactly(tuple(3, expected.declarationDeadline()));

        NotificationsKt.clearNotifications();
        context.getBean(CaughtUp.class).await(Duration.ofSeconds(60), CycleFanOut.PROCESSING_GROUP);
        UI.getCurrent().navigate(CycleDetailView.class, CycleDetailView.parameters(CYCLE));
        assertThat(_get(Span.class, spec -> spec.withId("cycle-phase")).getText()).isEqualTo("自行申报");
        assertThat(_get(Div.class, spec -> spec.withId("cycle-fan-out-open-evaluations")).getElement()
                           .getTextRecursively())
                .matches("开启评价：3 家企业已于 \\d{2}:\\d{2}:\\d{2} 处理完毕（用时 \\d+ 秒）");
        _click(_get(Button.class, spec -> spec.withId("cycle-close-declaration")));
        NotificationsKt.expectNotifications("期限（" + expected.declarationDeadline() + "）尚未届满");
    }

    @Test
    void aReviewerSeesTheCyclesWithoutActions() {
        SignedInUi.open(context, Role.REVIEWER);
        UI.getCurrent().navigate(CyclesView.class);

        _get(Grid.class, spec -> spec.withId("cycles-grid"));
        _assertNone(Button.class, spec -> spec.withId("cycle-open"));
        UI.getCurrent().navigate(CycleDetailView.class, CycleDetailView.parameters("2026-ANNUAL"));
        assertThat(_get(Span.class, spec -> spec.withId("cycle-phase")).getText()).isNotBlank();
        _assertNone(Button.class, spec -> spec.withId("cycle-publish"));
        _assertNone(Button.class, spec -> spec.withId("cycle-close"));
    }

    @Test
    void anAssessorIsRefusedTheCycles() {
        SignedInUi.open(context, Role.ASSESSOR);

        UI.getCurrent().navigate(CyclesView.class);

        _assertNone(CyclesView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("您的角色无权访问此页面。");
    }

    @Test
    void anEnterpriseUserIsRefusedTheCyclesAndTheReviews() {
        SignedInUi.openAsEnterprise(context, TestCreditCodes.code(11004));

        UI.getCurrent().navigate(CyclesView.class);
        _assertNone(CyclesView.class);
        _get(H2.class, spec -> spec.withId("access-denied"));

        UI.getCurrent().navigate(ReviewsView.class);
        _assertNone(ReviewsView.class);
        _get(H2.class, spec -> spec.withId("access-denied"));
    }

    private CycleSchedule scheduleIfOpenedToday() {
        var rules = context.getBean(IndicatorVersions.class)
                           .published(DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION).orElseThrow()
                           .system().evaluation();
        return CycleSchedule.plan(BusinessDay.today(context.getBean(Clock.class)), rules,
                                  context.getBean(CalendarSource.class).workingDays());
    }

    private void send(Object command) {
        context.getBean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(TestEnterprises.OFFICER.asMetaData()));
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
