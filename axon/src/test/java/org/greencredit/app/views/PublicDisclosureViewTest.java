package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.servlet.Filter;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.support.ViewContext;
import org.greencredit.projections.cycle.CycleList;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FindCycles;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.evaluation.FindPublishedGrades;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.publicpage.PublicDisclosureView;
import org.greencredit.ui.security.LoginView;
import org.greencredit.ui.supervision.SupervisionView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/** The public disclosure page (信用评价结果公示), opened by someone who has not signed in. */
class PublicDisclosureViewTest extends ViewContext {

    @BeforeEach
    void openAnonymously() {
        AnonymousUi.open(context);
        UI.getCurrent().navigate("public");
    }

    @Test
    void opensWithoutSigningIn() {
        _get(PublicDisclosureView.class);
        assertThat(_get(H2.class, spec -> spec.withId("public-title")).getText()).isEqualTo("信用评价结果公示");
        assertThat(_get(Anchor.class, spec -> spec.withId("public-sign-in")).getHref()).isEqualTo("login");
        _get(Button.class, spec -> spec.withId("language-switch"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsThePublishedGradesOfTheNewestYear() {
        CycleSummary newest = queries().query(new FindCycles(), CycleList.class).join().cycles().get(0);
        List<EvaluationSummary> expected = publishedIn(newest.year());
        assertThat(expected).isNotEmpty();

        assertThat(_get(Select.class, spec -> spec.withId("public-year")).getValue()).isEqualTo(newest.year());
        Grid<EvaluationSummary> grid = _get(Grid.class, spec -> spec.withId("public-published-grid"));
        assertThat(rows(grid)).extracting(EvaluationSummary::creditCode)
                              .containsExactlyElementsOf(expected.stream().map(EvaluationSummary::creditCode).toList());
        assertThat(rows(grid)).allSatisfy(row -> assertThat(row.finalGrade()).isNotNull());
    }

    @Test
    @SuppressWarnings("unchecked")
    void longCompanyNamesWrapAndShowWholeInATooltipAndTheListSaysHowManyItHolds() {
        Grid<EvaluationSummary> grid = _get(Grid.class, spec -> spec.withId("public-published-grid"));
        EvaluationSummary first = rows(grid).get(0);

        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(grid.getColumns().get(1).getTooltipGenerator().apply(first)).isEqualTo(first.enterpriseName());
        MockVaadin.clientRoundtrip();
        assertThat(GridCount.text(grid)).isEqualTo("共 " + rows(grid).size() + " 条");
        assertThat(_get(Grid.class, spec -> spec.withId("public-disclosure-grid")).getEmptyStateText()).isNotBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByName() {
        CycleSummary newest = queries().query(new FindCycles(), CycleList.class).join().cycles().get(0);
        EvaluationSummary one = publishedIn(newest.year()).get(0);

        _setValue(_get(TextField.class, spec -> spec.withId("public-name-filter")), one.enterpriseName());

        Grid<EvaluationSummary> grid = _get(Grid.class, spec -> spec.withId("public-published-grid"));
        assertThat(rows(grid)).isNotEmpty().allSatisfy(row -> assertThat(row.enterpriseName()).contains(one.enterpriseName()));
    }

    @Test
    void aSignedInViewSendsTheVisitorToSignIn() {
        UI.getCurrent().navigate(SupervisionView.class);

        LocatorJ._assertNone(SupervisionView.class);
        _get(LoginView.class);
    }

    @Test
    void theWebSecurityLetsAnonymousRequestsThroughToThePublicPageOnly() throws Exception {
        assertThat(passesSecurity("/public")).isTrue();
        assertThat(passesSecurity("/supervision")).isFalse();
    }

    /** Whether an anonymous GET of {@code path} gets past the security filters to the application. */
    private boolean passesSecurity(String path) throws Exception {
        Filter security = context.getBean("springSecurityFilterChain", Filter.class);
        MockHttpServletRequest request = new MockHttpServletRequest(
                ((WebApplicationContext) context).getServletContext(), "GET", path);
        request.setPathInfo(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain application = new MockFilterChain();
        security.doFilter(request, response, application);
        return application.getRequest() != null;
    }

    private List<EvaluationSummary> published(String cycleId) {
        return queries().query(new FindPublishedGrades(cycleId, 0, 1000), EvaluationList.class).join().evaluations();
    }

    private QueryGateway queries() {
        return context.getBean(QueryGateway.class);
    }

    private static List<EvaluationSummary> rows(Grid<EvaluationSummary> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    /** A Karibu UI of the whole application with nobody signed in (no principal, no authentication). */
    static final class AnonymousUi {

        private static Routes routes;

        private AnonymousUi() {
        }

        static void open(org.springframework.context.ApplicationContext context) {
            if (routes == null) {
                routes = new Routes().autoDiscoverViews("org.greencredit.ui");
            }
            SecurityContextHolder.clearContext();
            MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        }
    }

    /** The published grades of every cycle of a year, as the page lists them; other tests may add cycles. */
    private List<EvaluationSummary> publishedIn(int year) {
        return queries().query(new FindCycles(), CycleList.class).join().cycles().stream()
                        .filter(cycle -> cycle.year() == year)
                        .flatMap(cycle -> published(cycle.cycleId()).stream()).toList();
    }
}
