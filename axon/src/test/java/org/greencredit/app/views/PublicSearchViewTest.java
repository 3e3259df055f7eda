package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.Filter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.creditfile.api.RecordLeavingScope;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.CreditCode;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.domain.enterprise.ScopeExitReason;
import org.greencredit.projections.decision.DecisionHistorySummary;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.projections.decision.FindDecisionHistory;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.publicpage.PublicEnterprise;
import org.greencredit.ui.publicpage.PublishedGrade;
import org.greencredit.ui.security.LoginView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public enterprise search (企业信用评价结果查询) and each enterprise's public page, opened by someone who has not
 * signed in: literal search by name or credit-code prefix, paging over many matches, published grades only, clear
 * pages for codes that name nothing, and no way into the signed-in views.
 */
class PublicSearchViewTest extends ViewContext {

    /** More matches than the grid's page of 50, so the list must page. */
    private static final int MANY = 120;
    private static final String MANY_NAME = "分页查询测试企业";
    private static final String SPECIAL_NAME = "北京(通州).*[特殊]{字符}$ne企业";
    private static boolean registered;

    @BeforeEach
    void registerOnceAndOpenAnonymously() {
        synchronized (PublicSearchViewTest.class) {
            if (!registered) {
                for (int n = 1; n <= MANY; n++) {
                    register(n, MANY_NAME + String.format("%03d", MANY + 1 - n));
                }
                register(MANY + 1, SPECIAL_NAME);
                register(MANY + 2, "已退出范围的示例企业");
                send(new RecordLeavingScope(code(MANY + 2), ScopeExitReason.CLOSED, LocalDate.of(2024, 1, 2),
                                            "已注销", null));
                context.getBean(CaughtUp.class).awaitAll(Duration.ofMinutes(1));
                registered = true;
            }
        }
        PublicDisclosureViewTest.AnonymousUi.open(context);
        UI.getCurrent().navigate("public/enterprises");
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsNothingUntilSomethingIsTyped() {
        assertThat(_get(H2.class, spec -> spec.withId("public-search-title")).getText()).isEqualTo("企业信用评价结果查询");
        Grid<PublicEnterprise> grid = grid();
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("请输入企业名称或统一社会信用代码进行查询");
    }

    @Test
    @SuppressWarnings("unchecked")
    void findsByPartOfTheNameAndPagesThroughManyMatchesInNameOrder() {
        search("查询测试企业");

        Grid<PublicEnterprise> grid = grid();
        List<PublicEnterprise> rows = rows(grid);
        assertThat(rows).hasSize(MANY);
        assertThat(rows).extracting(PublicEnterprise::creditCode).doesNotHaveDuplicates();
        assertThat(rows).extracting(PublicEnterprise::name).isSortedAccordingTo(Comparator.naturalOrder())
                        .allSatisfy(name -> assertThat(name).startsWith(MANY_NAME));
        MockVaadin.clientRoundtrip();
        assertThat(GridCount.text(grid)).isEqualTo("共 " + MANY + " 条");
        assertThat(rows).allSatisfy(row -> assertThat(row.grade()).isNull());
    }

    @Test
    @SuppressWarnings("unchecked")
    void findsByTheBeginningOfTheCreditCodeInAnyCase() {
        search(" 91110112yy ");

        List<PublicEnterprise> rows = rows(grid());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(MANY + 2)
                        .allSatisfy(row -> assertThat(row.creditCode()).startsWith("91110112YY"));
        search(code(7));
        assertThat(rows(grid())).extracting(PublicEnterprise::creditCode).containsExactly(code(7));
    }

    @Test
    @SuppressWarnings("unchecked")
    void searchTextIsLiteralNeverAPatternOrAnOperator() {
        for (String attempt : List.of(".*", ".", "(", ")", "[", "*", "+", "?", "\\", "^", "$", "|", "\\E.*\\Q",
                                      "{\"$ne\":null}", "{\"$regex\":\".*\"}", "$where", "' OR '1'='1",
                                      "查询测试企业.*", "%", "_", "\u0000")) {
            search(attempt);
            List<PublicEnterprise> found = rows(grid());
            assertThat(found).as(attempt).hasSizeLessThanOrEqualTo(1)
                             .allSatisfy(row -> assertThat(row.name()).contains(attempt.strip()));
            LocatorJ._assertNone(Paragraph.class, spec -> spec.withId("public-search-too-long"));
        }
        search(".*");
        assertThat(rows(grid())).extracting(PublicEnterprise::name).containsExactly(SPECIAL_NAME);
        search("{\"$ne\":null}");
        assertThat(rows(grid())).isEmpty();
        search("(通州).*[特殊]{字符}$ne");
        assertThat(rows(grid())).extracting(PublicEnterprise::name).containsExactly(SPECIAL_NAME);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVeryLongSearchIsRefusedInWordsAndListsNothing() {
        search("查".repeat(201));
        assertThat(rows(grid())).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("public-search-too-long")).getText())
                .isEqualTo("查询内容不能超过200个字");
        assertThat(_get(TextField.class, spec -> spec.withId("public-search")).isInvalid()).isTrue();

        search("企".repeat(100_000));
        assertThat(rows(grid())).isEmpty();

        search("查询测试企业");
        assertThat(rows(grid())).hasSize(MANY);
        LocatorJ._assertNone(Paragraph.class, spec -> spec.withId("public-search-too-long"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEnterpriseThatLeftScopeIsFoundAndSaysSoWithoutAGrade() {
        search("已退出范围的示例企业");

        PublicEnterprise left = rows(grid()).get(0);
        assertThat(left.inScope()).isFalse();
        assertThat(left.grade()).isNull();
        assertThat(GridKt._getFormattedRow(grid(), 0).get(3)).isEqualTo("已退出评价范围");
        UI.getCurrent().navigate("public/enterprises/" + code(MANY + 2));
        assertThat(_get(Paragraph.class, spec -> spec.withId("public-enterprise-status")).getText())
                .startsWith("该企业已退出评价范围");
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachRowLinksToTheEnterprisesPublicPage() {
        search(code(5));
        RouterLink link = (RouterLink) GridKt._getCellComponent(grid(), 0, "name");
        assertThat(link.getHref()).isEqualTo("public/enterprises/" + code(5));
        assertThat(link.getText()).isEqualTo(MANY_NAME + String.format("%03d", MANY + 1 - 5));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEnterprisePageShowsThePublishedGradesOnlyNewestFirst() {
        EnterpriseListing graded = districtEnterprises().stream().filter(row -> row.grade() != null).findFirst()
                                                        .orElseThrow();
        List<DecisionSummary> history = queries().query(new FindDecisionHistory(graded.creditCode()),
                                                        DecisionHistorySummary.class).join().decisions();
        assertThat(history).extracting(DecisionSummary::kind).contains("PRELIMINARY");
        List<DecisionSummary> published = history.stream().filter(DecisionSummary::inForce).toList();

        UI.getCurrent().navigate("public/enterprises/" + graded.creditCode().toLowerCase());

        assertThat(_get(H2.class, spec -> spec.withId("public-enterprise-name")).getText()).isEqualTo(graded.name());
        Grid<PublishedGrade> grid = _get(Grid.class, spec -> spec.withId("public-enterprise-grades"));
        List<PublishedGrade> rows = IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
        assertThat(rows).extracting(PublishedGrade::kind).doesNotContain("PRELIMINARY")
                        .containsExactlyElementsOf(newestFirst(published.stream().map(DecisionSummary::kind).toList()));
        assertThat(rows).extracting(PublishedGrade::validFrom)
                        .containsExactlyElementsOf(newestFirst(published.stream().map(DecisionSummary::validFrom).toList()));
        assertThat(rows).extracting(PublishedGrade::grade)
                        .containsExactlyElementsOf(newestFirst(published.stream().map(DecisionSummary::grade).toList()));
        assertThat(grid.getColumns()).extracting(column -> column.getHeaderText())
                .containsExactly("信用等级", "评价结果类型", "生效日期", "有效至", "评价周期", "指标体系版本");
        List<String> kinds = IntStream.range(0, rows.size()).mapToObj(i -> GridKt._getFormattedRow(grid, i).get(1))
                                      .toList();
        assertThat(kinds).doesNotContain("初评").isNotEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("public-enterprise-status")).getText())
                .startsWith("现行信用等级：" + graded.grade() + "级");
    }

    @Test
    void aCodeThatIsNoCreditCodeOrNamesNoEnterpriseGetsAPageThatSaysSo() {
        UI.getCurrent().navigate("public/enterprises/not-a-code");
        assertThat(_get(H2.class, spec -> spec.withId("public-enterprise-not-found")).getText()).isEqualTo("未找到该企业");
        assertThat(_get(Paragraph.class, spec -> spec.withId("public-enterprise-not-found-reason")).getText())
                .isEqualTo("“NOT-A-CODE”不是有效的统一社会信用代码（应为18位，字符与校验码须符合GB 32100-2015）。");

        String unknown = code(999_999);
        UI.getCurrent().navigate("public/enterprises/" + unknown);
        assertThat(_get(Paragraph.class, spec -> spec.withId("public-enterprise-not-found-reason")).getText())
                .isEqualTo("统一社会信用代码为 " + unknown + " 的企业不在绿色信用评价范围内。");

        UI.getCurrent().navigate("public/enterprises/" + "9".repeat(5000));
        assertThat(_get(Paragraph.class, spec -> spec.withId("public-enterprise-not-found-reason")).getText())
                .hasSizeLessThan(120).contains("…");
        LocatorJ._assertNone(Grid.class);
    }

    @Test
    void anAnonymousVisitorReachesNoSignedInView() throws Exception {
        for (String route : List.of("", "enterprises", "enterprises/" + code(1), "enterprises/" + code(1) + "/print",
                                    "my-file", "cycles", "reviews", "assessment", "supervision", "imports",
                                    "indicators", "audit", "admin", "result-lists", "result-lists/ECOLOGY",
                                    "result-lists/PARTNER_BANK")) {
            UI.getCurrent().navigate(route);
            assertThat(LocatorJ._find(LoginView.class)).as(route).hasSize(1);
        }
        assertThat(passesSecurity("/public/enterprises")).isTrue();
        assertThat(passesSecurity("/public/enterprises/" + code(1))).isTrue();
        assertThat(passesSecurity("/result-lists")).isFalse();
        assertThat(passesSecurity("/result-lists/ECOLOGY")).isFalse();
        assertThat(passesSecurity("/enterprises/" + code(1))).isFalse();
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

    private List<EnterpriseListing> districtEnterprises() {
        return queries().query(new FindEnterprises(DirectoryFilter.all(), DirectorySort.BY_CREDIT_CODE, 0, 1000),
                               EnterpriseDirectoryPage.class).join().items();
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        return reversed;
    }

    private static void search(String text) {
        _setValue(_get(TextField.class, spec -> spec.withId("public-search")), text);
    }

    @SuppressWarnings("unchecked")
    private static Grid<PublicEnterprise> grid() {
        return _get(Grid.class, spec -> spec.withId("public-search-grid"));
    }

    private static List<PublicEnterprise> rows(Grid<PublicEnterprise> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private QueryGateway queries() {
        return context.getBean(QueryGateway.class);
    }

    /** Credit codes of this test's own range, after every other test's and the generated district's. */
    static String code(int number) {
        String first17 = "91110112YY" + String.format("%07d", number);
        return first17 + CreditCode.checkCharacter(first17);
    }

    private void register(int number, String name) {
        RegisterEnterprise template = TestEnterprises.registration(number, name);
        EnterpriseProfile p = template.profile();
        String code = code(number);
        send(new RegisterEnterprise(code, template.establishedOn(), new EnterpriseProfile(
                p.name(), p.industry(), p.subdistrict(), p.address(), code + "001P", p.managementClass(),
                p.keyPolluter(), p.contact())));
    }

    private void send(Object command) {
        context.getBean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(TestEnterprises.OFFICER.asMetaData()));
    }
}
