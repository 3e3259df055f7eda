package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.TestInspections;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.projections.inspection.InspectionPlanSummary;
import org.greencredit.projections.inspector.FindInspectors;
import org.greencredit.projections.inspector.InspectorList;
import org.greencredit.projections.inspector.InspectorSummary;
import org.greencredit.ui.i18n.ChineseByDefault;
import org.greencredit.ui.publicpage.PublicInspectionsClient;
import org.greencredit.ui.publicpage.PublicInspectionsView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * 双随机抽查结果公开 (一公开), opened by someone who has not signed in: an ended quarter's draw with its seed, input
 * hash, enterprises and results; never a quarter still running; never an inspector's name or id, nor a note.
 */
class PublicInspectionsViewTest extends ViewContext {

    /** A fourth quarter no other test draws: every enterprise without a grade is drawn for the yearly minimum. */
    static final String PAST = "2020-Q4";
    private static final String SEED = "<img src=x onerror=alert(1)>公开抽签";
    private static final String PROBLEM_NAME = "<b>公开页</b>抽查发现问题企业";
    private static final String NOT_INSPECTED_NAME = "公开页抽查未检查企业";
    private static final String NOTE = "内部备注：车间负责人拒绝配合";
    private static boolean prepared;

    @BeforeEach
    void drawAnEndedAndTheCurrentQuarterOnce() {
        synchronized (PublicInspectionsViewTest.class) {
            if (!prepared) {
                register(17001, PROBLEM_NAME);
                register(17002, NOT_INSPECTED_NAME);
                TestInspections.ensureInspectors(context, "pubinsp", "公开页执法人员");
                TestInspections.drawn(context, PAST, SEED);
                TestInspections.result(context, PAST, TestCreditCodes.code(17001), InspectionOutcome.PROBLEM_FOUND,
                                       NOTE);
                TestInspections.result(context, PAST, TestCreditCodes.code(17002), InspectionOutcome.NOT_INSPECTED,
                                       NOTE);
                TestInspections.drawn(context, current(), "current-quarter");
                prepared = true;
            }
        }
        PublicDisclosureViewTest.AnonymousUi.open(context);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEndedQuartersDrawIsPublishedWithItsSeedHashEnterprisesAndResults() {
        UI.getCurrent().navigate("public/inspections");
        assertThat(_get(H2.class, spec -> spec.withId("public-inspections-title")).getText()).isEqualTo("双随机抽查结果公开");
        _setValue(_get(Select.class, spec -> spec.withId("public-inspections-period")), PAST);

        InspectionPlanSummary plan = TestInspections.plan(context, PAST);
        assertThat(text("public-inspections-seed")).isEqualTo("抽签种子：" + SEED);
        com.vaadin.flow.dom.Element seed = _get(Paragraph.class, spec -> spec.withId("public-inspections-seed"))
                .getElement();
        assertThat(seed.getChildCount()).isEqualTo(1);
        assertThat(seed.getChild(0).isTextNode()).as("the seed is text, not markup").isTrue();
        assertThat(text("public-inspections-hash"))
                .isEqualTo("抽取依据哈希值（SHA-256）：" + plan.draws().get(0).inputHash());
        assertThat(text("public-inspections-drawn")).startsWith(PAST + " 的抽取日期：");

        Grid<PublicInspectionsView.Row> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(plan.entries().size());
        List<String> problem = row(grid, TestCreditCodes.code(17001));
        assertThat(problem).containsExactly(PROBLEM_NAME, TestCreditCodes.code(17001), "常规监管",
                                            "现场检查（年度最低检查次数）", "发现问题",
                                            BusinessDay.today(context.getBean(Clock.class)).toString());
        assertThat(row(grid, TestCreditCodes.code(17002))).endsWith("未检查", "");
        assertThat(grid.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("企业名称", "统一社会信用代码", "监管类别", "检查方式", "检查结果", "检查日期");
    }

    @Test
    void noInspectorNameOrIdNorANoteAppearsOnThePage() {
        UI.getCurrent().navigate("public/inspections");
        _setValue(_get(Select.class, spec -> spec.withId("public-inspections-period")), PAST);

        String page = renderedPage();
        List<String> forbidden = new ArrayList<>(List.of(NOTE, "pubinsp", "公开页执法人员"));
        List<InspectorSummary> inspectors = context.getBean(QueryGateway.class)
                                                .query(new FindInspectors(), InspectorList.class).join().inspectors();
        TestInspections.plan(context, PAST).entries().stream().flatMap(entry -> entry.inspectorIds().stream())
                       .distinct().forEach(id -> {
                           forbidden.add(id);
                           inspectors.stream().filter(inspector -> inspector.inspectorId().equals(id))
                                     .forEach(inspector -> forbidden.add(inspector.name()));
                       });
        assertThat(TestInspections.plan(context, PAST).entries())
                .filteredOn(entry -> entry.basis() != DrawBasis.OFF_SITE)
                .allSatisfy(entry -> assertThat(entry.inspectorIds()).hasSize(2));
        assertThat(forbidden).hasSizeGreaterThan(3);
        forbidden.forEach(text -> assertThat(page).as("the page shows " + text).doesNotContain(text));
        assertThat(page).contains(PROBLEM_NAME, "发现问题");
    }

    @Test
    void aQuarterStillRunningIsNotShownNorReadable() {
        String current = current();
        assertThat(TestInspections.plan(context, current)).as("the current quarter is drawn").isNotNull();
        UI.getCurrent().navigate("public/inspections");

        Select<String> period = periodSelect();
        List<String> offered = period.getListDataView().getItems().toList();
        assertThat(offered).contains(PAST).doesNotContain(current);
        assertThat(offered).allSatisfy(shown -> assertThat(InspectionPeriod.parse(shown).lastDay())
                .isBefore(BusinessDay.today(context.getBean(Clock.class))));
        assertThat(period.getValue()).isNotEqualTo(current);
        PublicInspectionsClient client = context.getBean(PublicInspectionsClient.class);
        assertThat(client.published(current)).isEmpty();
        assertThat(client.published(PAST)).isPresent();
        assertThat(renderedPage()).doesNotContain("current-quarter");
    }

    @Test
    void theHeaderLinksToThePageAndItIsOpenWithoutSigningInInEnglishToo() throws Exception {
        UI.getCurrent().navigate("public");
        assertThat(_get(Anchor.class, spec -> spec.withId("public-nav-inspections")).getHref())
                .isEqualTo("public/inspections");
        assertThat(passesSecurity("/public/inspections")).isTrue();

        ChineseByDefault.choose(Locale.ENGLISH);
        UI.getCurrent().navigate("public/inspections");
        _setValue(_get(Select.class, spec -> spec.withId("public-inspections-period")), PAST);
        assertThat(_get(H2.class, spec -> spec.withId("public-inspections-title")).getText())
                .isEqualTo("Random inspection results");
        assertThat(row(grid(), TestCreditCodes.code(17001)))
                .contains("On site (yearly minimum of checks)", "Problem found", "Standard supervision");
    }

    private String current() {
        return InspectionPeriod.of(BusinessDay.today(context.getBean(Clock.class))).toString();
    }

    @SuppressWarnings("unchecked")
    private static Select<String> periodSelect() {
        return _get(Select.class, spec -> spec.withId("public-inspections-period"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PublicInspectionsView.Row> grid() {
        return _get(Grid.class, spec -> spec.withId("public-inspections-grid"));
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static List<String> row(Grid<PublicInspectionsView.Row> grid, String creditCode) {
        int index = IntStream.range(0, GridKt._size(grid))
                             .filter(i -> GridKt._get(grid, i).inspection().creditCode().equals(creditCode))
                             .findFirst().orElseThrow();
        return GridKt._getFormattedRow(grid, index);
    }

    /** Everything the page renders: its elements' text and every cell of every row of the list. */
    private static String renderedPage() {
        StringBuilder page = new StringBuilder(_get(PublicInspectionsView.class).getElement().getTextRecursively());
        Grid<PublicInspectionsView.Row> grid = grid();
        IntStream.range(0, GridKt._size(grid)).forEach(i -> page.append('\n').append(GridKt._getFormattedRow(grid, i)));
        return page.toString();
    }

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

    private void register(int number, String name) {
        context.getBean(CommandGateway.class).sendAndWait(GenericCommandMessage.asCommandMessage(
                TestEnterprises.registration(number, name)).andMetaData(TestEnterprises.OFFICER.asMetaData()));
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
    }
}
