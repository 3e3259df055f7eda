package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.cycle.CycleFanOut;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.creditfile.api.DeclareItem;
import org.greencredit.domain.creditfile.api.VerificationOutcome;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.greencredit.projections.evaluation.EvaluationProjection;
import org.greencredit.ui.assessment.AssessorWorkbenchView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assessor workbench on the server side (Karibu-Testing). Verifying needs a cycle past its declaration
 * deadline, so that test runs its own application on a clock it moves.
 */
class AssessorWorkbenchViewTest extends ViewContext {

    private static final String CYCLE = "2026-VIEW-10010";

    @TempDir
    Path dataDir;

    @Test
    void anOfficerIsRefusedTheWorkbench() {
        SignedInUi.open(context, Role.OFFICER);

        UI.getCurrent().navigate(AssessorWorkbenchView.class);

        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("您的角色无权访问此页面。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAssessorVerifiesADeclaredItemAndCompletesTheVerification() {
        String code = TestCreditCodes.code(10010);
        String itemId = UUID.randomUUID().toString();
        try (RunningApplication app = RunningApplication.startSimulated(
                dataDir, LocalDate.of(2026, 1, 12), "greencredit.reference-data.publish-shipped=false")) {
            app.bean(ShippedReferenceData.class).publishIfAbsent();
            app.send(TestEnterprises.registration(10010, "工作台测试企业"));
            app.clock().moveTo(LocalDate.of(2026, 3, 2));
            app.send(new OpenCycle(CYCLE, 2026, "工作台测试周期", List.of(code), DefaultIndicatorSystem.SYSTEM,
                                   DefaultIndicatorSystem.VERSION));
            app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
            app.clock().moveTo(LocalDate.of(2026, 3, 10));
            app.send(new DeclareItem(code, itemId, FactType.CREDIT_COMMITMENT, LocalDate.of(2025, 6, 1),
                                     Evidence.of("承诺书-10010"), FactAttributes.of("text", "依法排污，诚信经营")),
                     Actor.enterprise("enterprise-10010", code));
            app.clock().moveTo(LocalDate.of(2026, 3, 24));
            app.awaitCaughtUp(DeadlinesProjection.PROCESSING_GROUP);
            app.bean(DeadlineSweeper.class).sweep();
            app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
            app.awaitCaughtUp(EvaluationProjection.PROCESSING_GROUP);
            app.clock().moveTo(LocalDate.of(2026, 3, 31));

            SignedInUi.open(app.context(), Role.ASSESSOR);
            UI.getCurrent().navigate(AssessorWorkbenchView.class);
            Grid<?> pending = _get(Grid.class, spec -> spec.withId("assessment-pending"));
            assertThat(GridKt._size(pending)).isEqualTo(1);
            GridKt._clickItem(pending, 0);
            _click(_get(Button.class, spec -> spec.withId("assessment-verify-open")));
            _setValue(_get(Select.class, spec -> spec.withId("assessment-verify-outcome")),
                      VerificationOutcome.CONFIRMED);
            _click(_get(Button.class, spec -> spec.withId("assessment-verify-submit")));

            NotificationsKt.expectNotifications("已记录核查结论");
            QueryGateway queries = app.bean(QueryGateway.class);
            RunningApplication.await(() -> "CONFIRMED".equals(queries.query(new FindCreditFileEntries(code),
                    CreditFileEntries.class).join().entries().get(0).status()), Duration.ofSeconds(20),
                                     "the item to be confirmed");
            Grid<?> ready = _get(Grid.class, spec -> spec.withId("assessment-ready"));
            RunningApplication.await(() -> {
                MockVaadin.clientRoundtrip();
                return GridKt._size(ready) == 1;
            }, Duration.ofSeconds(20), "the enterprise to be ready for completion");
            assertThat(GridKt._size(pending)).isZero();
            GridKt._clickItem(ready, 0);
            _click(_get(Button.class, spec -> spec.withId("assessment-complete")));
            NotificationsKt.expectNotifications("已结束 工作台测试企业 的现场核查");
            SignedInUi.close();
        }
    }
}
