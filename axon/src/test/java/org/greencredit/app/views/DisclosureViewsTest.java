package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.cycle.CycleFanOut;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.FileObjection;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.creditfile.api.ObjectionFiled;
import org.greencredit.domain.creditfile.api.ObjectionOutcome;
import org.greencredit.domain.creditfile.api.ObjectionReviewed;
import org.greencredit.domain.creditfile.api.ReviewObjection;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.ui.command.CommandClient;
import org.greencredit.ui.command.CommandRefused;
import org.greencredit.ui.creditfile.EnterpriseCreditFileView;
import org.greencredit.ui.portal.MyFileView;
import org.greencredit.ui.review.ReviewsView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal's objection and the review queue during disclosure. Deadlines must pass to get there, and the shared
 * context's clock must not move, so these tests drive the Karibu UI against an application of their own on a
 * simulated clock, with a cycle of three enterprises of this range taken to disclosure as the procedure does.
 */
class DisclosureViewsTest extends ViewContext {

    private static final String CYCLE = "VIEWS-DISC-1";
    private static final int OBJECTING = 11101;
    private static final int REVIEWED = 11102;
    private static final int OFFICER_TRIES = 11103;
    private static final int UPHELD = 11104;
    private static final Actor REVIEWER = new Actor("reviewer-setup", Role.REVIEWER, "法制科", null);

    @TempDir
    static Path dataDir;
    private static RunningApplication app;

    @BeforeAll
    static void takeACycleToDisclosure() {
        app = RunningApplication.startSimulated(dataDir, LocalDate.of(2026, 1, 12),
                                                "greencredit.reference-data.publish-shipped=false",
                                                "greencredit.deadlines.sweep-interval=PT1H");
        app.bean(ShippedReferenceData.class).publishIfAbsent();
        for (int n : List.of(OBJECTING, REVIEWED, OFFICER_TRIES, UPHELD)) {
            app.send(TestEnterprises.registration(n, "公示测试企业" + n));
        }
        app.clock().moveTo(LocalDate.of(2026, 3, 2));
        app.send(new OpenCycle(CYCLE, 2026, "公示视图测试批次",
                               List.of(code(OBJECTING), code(REVIEWED), code(OFFICER_TRIES), code(UPHELD)),
                               DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION));
        app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
        app.clock().moveTo(LocalDate.of(2026, 3, 24));
        sweep();
        app.clock().moveTo(LocalDate.of(2026, 4, 22));
        sweep();
        app.clock().moveTo(LocalDate.of(2026, 4, 27));
        for (int n : List.of(REVIEWED, OFFICER_TRIES, UPHELD)) {
            app.send(new FileObjection(code(n), CYCLE, "处罚认定有误", Evidence.of("JC-2026-" + n)), enterprise(n));
        }
        app.send(new ReviewObjection(code(UPHELD), CYCLE, ObjectionOutcome.UPHELD, "行政复议已撤销该处罚"), REVIEWER);
        app.bean(CaughtUp.class).awaitAll(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anEnterpriseFilesAnObjectionDuringDisclosure() {
        SignedInUi.open(app.context(), SignedInUi.user("enterprise-objecting", Role.ENTERPRISE, code(OBJECTING)));
        UI.getCurrent().navigate(MyFileView.class);

        assertThat(_get(Span.class, spec -> spec.withId("portal-evaluation-state")).getText()).isEqualTo("已初评");
        assertThat(_get(Span.class, spec -> spec.withId("portal-preliminary-grade")).getText()).isEqualTo("B级");
        assertThat(_get(Span.class, spec -> spec.withId("portal-objection-deadline")).getText()).isNotBlank()
                .isNotEqualTo("—");
        _click(_get(Button.class, spec -> spec.withId("portal-file-objection")));
        _setValue(_get(TextArea.class, spec -> spec.withId("portal-objection-reason")), "监测数据有误，已提供第三方报告");
        _setValue(_get(TextField.class, spec -> spec.withId("portal-objection-evidence-no")), "JC-2026-118");
        _click(_get(Button.class, spec -> spec.withId("portal-objection-submit")));

        NotificationsKt.expectNotifications("异议已提交，将由复核人员在规定期限内复核");
        assertThat(events(code(OBJECTING), ObjectionFiled.class)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReviewerDecidesAnObjectionAndItLeavesTheQueue() {
        SignedInUi.open(app.context(), SignedInUi.user("reviewer-chen", Role.REVIEWER, null));
        UI.getCurrent().navigate(ReviewsView.class);
        Grid<EvaluationSummary> queue = _get(Grid.class, spec -> spec.withId("reviews-objections"));

        _click(reviewButton(queue, code(REVIEWED)).orElseThrow());
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("reviews-outcome")), ObjectionOutcome.REJECTED);
        _setValue(_get(TextArea.class, spec -> spec.withId("reviews-reason")), "处罚认定无误");
        _click(_get(Button.class, spec -> spec.withId("reviews-submit")));

        NotificationsKt.expectNotifications("已提交");
        assertThat(events(code(REVIEWED), ObjectionReviewed.class)).extracting(ObjectionReviewed::outcome)
                                                                   .containsExactly(ObjectionOutcome.REJECTED);
        RunningApplication.await(() -> rows(queue).stream().noneMatch(row -> row.creditCode().equals(code(REVIEWED))),
                                 Duration.ofSeconds(20), "the objection to leave the queue");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerHasNoReviewButtonAndIsRefusedTheReview() {
        SignedInUi.open(app.context(), SignedInUi.user("officer-wang", Role.OFFICER, null));
        UI.getCurrent().navigate(ReviewsView.class);
        Grid<EvaluationSummary> queue = _get(Grid.class, spec -> spec.withId("reviews-objections"));

        assertThat(rows(queue)).extracting(EvaluationSummary::creditCode).contains(code(OFFICER_TRIES));
        assertThat(reviewButton(queue, code(OFFICER_TRIES))).isEmpty();
        CommandClient commands = app.bean(CommandClient.class);
        assertThatThrownBy(() -> commands.send(new ReviewObjection(code(OFFICER_TRIES), CYCLE,
                                                                   ObjectionOutcome.UPHELD, "越权复核")))
                .isInstanceOfSatisfying(CommandRefused.class,
                                        refused -> assertThat(refused.refusal().messageKey())
                                                .isEqualTo("actor.notPermitted"));
        assertThat(events(code(OFFICER_TRIES), ObjectionReviewed.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerRegradesAfterAnUpheldObjection() {
        SignedInUi.open(app.context(), SignedInUi.user("officer-li", Role.OFFICER, null));
        UI.getCurrent().navigate(ReviewsView.class);
        Grid<EvaluationSummary> queue = _get(Grid.class, spec -> spec.withId("reviews-objections"));

        Button regrade = reviewButton(queue, code(UPHELD)).orElseThrow();
        assertThat(regrade.getId()).contains("reviews-regrade");
        _click(regrade);

        NotificationsKt.expectNotifications("已提交");
        assertThat(events(code(UPHELD), GradeDecided.class)).extracting(GradeDecided::kind)
                                                            .containsExactly(DecisionKind.PRELIMINARY,
                                                                             DecisionKind.REVIEWED);
    }

    @Test
    void theFullFileAndThePortalGiveOneRepairAnswerWhileAPreliminaryGradeIsDisclosed() {
        SignedInUi.open(app.context(), SignedInUi.user("enterprise-repair", Role.ENTERPRISE, code(OFFICER_TRIES)));
        UI.getCurrent().navigate(EnterpriseCreditFileView.class,
                                 new RouteParameters(EnterpriseCreditFileView.CREDIT_CODE, code(OFFICER_TRIES)));
        String fullFile = _get(Paragraph.class, spec -> spec.withId("creditfile-advice-repair")).getText();

        UI.getCurrent().navigate(MyFileView.class);
        String portal = _get(Paragraph.class, spec -> spec.withId("portal-repair-verdict")).getText();

        assertThat(fullFile).isEqualTo(portal).isEqualTo("尚无生效的信用等级，无需修复");
    }

    @Test
    void aPreliminaryGradeUnderDisclosureNeverReachesTheEnterprisesPublicPage() {
        assertThat(events(code(OBJECTING), GradeDecided.class)).extracting(GradeDecided::kind)
                                                               .containsExactly(DecisionKind.PRELIMINARY);
        PublicDisclosureViewTest.AnonymousUi.open(app.context());
        UI.getCurrent().navigate("public/enterprises/" + code(OBJECTING));

        assertThat(_get(Paragraph.class, spec -> spec.withId("public-enterprise-status")).getText())
                .isEqualTo("该企业当前没有已公开的有效信用等级");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("public-enterprise-grades")))).isZero();

        UI.getCurrent().navigate("public/enterprises");
        _setValue(_get(TextField.class, spec -> spec.withId("public-search")), code(OBJECTING));
        Grid<?> found = _get(Grid.class, spec -> spec.withId("public-search-grid"));
        assertThat(GridKt._size(found)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(found, 0).get(3)).isEqualTo("暂无已公开的等级");
    }

    private static Optional<Button> reviewButton(Grid<EvaluationSummary> queue, String creditCode) {
        int row = IntStream.range(0, GridKt._size(queue))
                           .filter(i -> GridKt._get(queue, i).creditCode().equals(creditCode)).findFirst()
                           .orElseThrow(() -> new AssertionError(creditCode + " is not in the queue"));
        Component actions = GridKt._getCellComponent(queue, row, "actions");
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst();
    }

    /** One fetch of the rows, so a live update between counting and reading them cannot tear the list. */
    private static List<EvaluationSummary> rows(Grid<EvaluationSummary> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    private static void sweep() {
        app.awaitCaughtUp(DeadlinesProjection.PROCESSING_GROUP);
        app.bean(DeadlineSweeper.class).sweep();
        app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
    }

    private static String code(int n) {
        return TestCreditCodes.code(n);
    }

    private static Actor enterprise(int n) {
        return Actor.enterprise("enterprise-" + n, code(n));
    }

    private static <T> List<T> events(String aggregateId, Class<T> type) {
        return app.bean(EventStore.class).readEvents(aggregateId).asStream().map(DomainEventMessage::getPayload)
                  .filter(type::isInstance).map(type::cast).toList();
    }
}
