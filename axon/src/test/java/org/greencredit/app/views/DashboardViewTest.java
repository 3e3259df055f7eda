package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.fact.Evidence;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.projections.deadline.DeadlinesProjection;
import org.greencredit.projections.directory.CountEnterprises;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationProjection;
import org.greencredit.projections.evaluation.FindDeclarationsAwaitingVerification;
import org.greencredit.projections.evaluation.FindObjectionsAwaitingReview;
import org.greencredit.projections.repair.FindRepairApplicationsAwaitingDecision;
import org.greencredit.projections.repair.RepairApplicationList;
import org.greencredit.ui.dashboard.DashboardView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard (工作台) against the generated district; the assessor's queue against an application of its own,
 * whose declarations awaiting verification the test records itself.
 */
class DashboardViewTest extends ViewContext {

    private static final String VERIFICATION_CYCLE = "2026-VIEW-10030";

    @TempDir
    Path dataDir;

    private static final Pattern BAR = Pattern.compile("<g [^>]*>");
    private static final Pattern GRADE = Pattern.compile("data-grade=\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("data-count=\"(\\d+)\"");

    @Test
    void theGradeChartCountsWhatTheDirectoryHoldsPerGrade() {
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(DashboardView.class);

        Map<String, Long> bars = bars();
        assertThat(bars).as(chartMarkup()).containsOnlyKeys("A", "B", "C", "D", "—");
        for (String grade : new String[] {"A", "B", "C", "D"}) {
            assertThat(bars.get(grade)).as("grade " + grade).isEqualTo(directoryCount(grade));
        }
        assertThat(bars.get("—")).isEqualTo(directoryCount(DirectoryFilter.UNGRADED));
        // other view tests add enterprises to the shared district, so the total is the directory's, not the generator's
        assertThat(bars.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(queries().query(new CountEnterprises(DirectoryFilter.all()), Long.class).join())
                .isGreaterThanOrEqualTo(ENTERPRISES);
        String markup = chartMarkup();
        assertThat(markup).contains("role=\"img\"").contains("<title id=\"grade-chart-title\">信用等级分布（现行有效等级）</title>")
                          .contains("aria-label=\"A级（绿色信用优秀）：" + bars.get("A") + "家\"");
    }

    @Test
    void anAssessorSeesTheDeclarationsAwaitingVerification() {
        try (RunningApplication app = RunningApplication.startSimulated(
                dataDir, LocalDate.of(2026, 1, 12), "greencredit.reference-data.publish-shipped=false")) {
            app.bean(ShippedReferenceData.class).publishIfAbsent();
            List<String> codes = List.of(TestCreditCodes.code(10030), TestCreditCodes.code(10031));
            app.send(TestEnterprises.registration(10030, "工作台待核查企业甲"));
            app.send(TestEnterprises.registration(10031, "工作台待核查企业乙"));
            app.clock().moveTo(LocalDate.of(2026, 3, 2));
            app.send(new OpenCycle(VERIFICATION_CYCLE, 2026, "工作台待核查周期", codes, DefaultIndicatorSystem.SYSTEM,
                                   DefaultIndicatorSystem.VERSION));
            app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
            app.clock().moveTo(LocalDate.of(2026, 3, 10));
            for (String code : codes) {
                app.send(new DeclareItem(code, UUID.randomUUID().toString(), FactType.CREDIT_COMMITMENT,
                                         LocalDate.of(2025, 6, 1), Evidence.of("承诺书-" + code),
                                         FactAttributes.of("text", "依法排污，诚信经营")),
                         Actor.enterprise("enterprise-" + code, code));
            }
            app.clock().moveTo(LocalDate.of(2026, 3, 24));
            app.awaitCaughtUp(DeadlinesProjection.PROCESSING_GROUP);
            app.bean(DeadlineSweeper.class).sweep();
            app.awaitCaughtUp(CycleFanOut.PROCESSING_GROUP);
            app.awaitCaughtUp(EvaluationProjection.PROCESSING_GROUP);

            SignedInUi.open(app.context(), Role.ASSESSOR);
            UI.getCurrent().navigate(DashboardView.class);

            int expected = app.bean(QueryGateway.class).query(new FindDeclarationsAwaitingVerification(null),
                                                              EvaluationList.class).join().evaluations().size();
            assertThat(expected).isEqualTo(codes.size());
            assertThat(_get(Span.class, spec -> spec.withId("dashboard-queue-verification-count")).getText())
                    .isEqualTo(String.valueOf(expected)).isEqualTo("2");
            assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-queue-verification")).getHref())
                    .isEqualTo("assessment");
            _assertNone(Span.class, spec -> spec.withId("dashboard-queue-objections-count"));
            SignedInUi.close();
        }
    }

    @Test
    void anOfficerSeesObjectionsAndRepairsToDecide() {
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(DashboardView.class);

        int objections = queries().query(new FindObjectionsAwaitingReview(null), EvaluationList.class).join()
                                  .evaluations().size();
        int repairs = queries().query(new FindRepairApplicationsAwaitingDecision(), RepairApplicationList.class)
                               .join().applications().size();
        assertThat(_get(Span.class, spec -> spec.withId("dashboard-queue-objections-count")).getText())
                .isEqualTo(String.valueOf(objections));
        assertThat(_get(Span.class, spec -> spec.withId("dashboard-queue-repairs-count")).getText())
                .isEqualTo(String.valueOf(repairs));
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-queue-repairs")).getHref()).isEqualTo("reviews");
        _assertNone(Span.class, spec -> spec.withId("dashboard-queue-verification-count"));
        _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("dashboard-deadlines"));
        _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("dashboard-cycles"));
    }

    @Test
    void aReviewerSeesOnlyObjections() {
        SignedInUi.open(context, Role.REVIEWER);
        UI.getCurrent().navigate(DashboardView.class);

        _get(Span.class, spec -> spec.withId("dashboard-queue-objections-count"));
        _assertNone(Span.class, spec -> spec.withId("dashboard-queue-repairs-count"));
    }

    @Test
    void anEnterpriseSeesItsOwnGradeAndTheWayToItsFile() {
        EnterpriseListing graded = queries().query(new FindEnterprises(
                        new DirectoryFilter(null, null, null, null, null, "B", null, false), DirectorySort.BY_CREDIT_CODE,
                        0, 1), EnterpriseDirectoryPage.class).join().items().stream().findFirst()
                                            .orElseGet(this::anyGraded);
        SignedInUi.openAsEnterprise(context, graded.creditCode());
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(Span.class, spec -> spec.withId("dashboard-own-grade")).getText())
                .startsWith("现行等级：" + graded.grade() + "级").contains(graded.gradeSince().toString());
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-link-my-file")).getHref()).isEqualTo("my-file");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-link-enterprise-file")).getHref())
                .isEqualTo("enterprises/" + graded.creditCode());
        _assertNone(Span.class, spec -> spec.withId("dashboard-queue-objections-count"));
        _assertNone(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("dashboard-deadlines"));
        _get(Svg.class, spec -> spec.withId("dashboard-grade-chart"));
    }

    @Test
    void aPartnerIsPointedToSupervisionAndThePublicPage() {
        SignedInUi.open(context, Role.PARTNER);
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-link-supervision")).getHref())
                .isEqualTo("supervision");
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-link-public")).getHref()).isEqualTo("public");
        _assertNone(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("dashboard-deadlines"));
    }

    private EnterpriseListing anyGraded() {
        return queries().query(new FindEnterprises(DirectoryFilter.all(), DirectorySort.BY_CREDIT_CODE, 0, 100),
                               EnterpriseDirectoryPage.class).join().items().stream()
                        .filter(listing -> listing.grade() != null).findFirst().orElseThrow();
    }

    private Map<String, Long> bars() {
        Map<String, Long> bars = new LinkedHashMap<>();
        Matcher matcher = BAR.matcher(chartMarkup());
        while (matcher.find()) {
            Matcher grade = GRADE.matcher(matcher.group());
            Matcher count = COUNT.matcher(matcher.group());
            if (grade.find() && count.find()) {
                bars.put(grade.group(1), Long.parseLong(count.group(1)));
            }
        }
        return bars;
    }

    private static String chartMarkup() {
        return _get(Svg.class, spec -> spec.withId("dashboard-grade-chart")).getElement().getProperty("innerHTML");
    }

    private long directoryCount(String grade) {
        return queries().query(new CountEnterprises(new DirectoryFilter(null, null, null, null, null, grade, null, false)),
                               Long.class).join();
    }

    private QueryGateway queries() {
        return context.getBean(QueryGateway.class);
    }
}
