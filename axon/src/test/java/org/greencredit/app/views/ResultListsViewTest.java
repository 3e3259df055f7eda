package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.resultuse.Treatment;
import org.greencredit.domain.resultuse.WorkingGroupDepartment;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.ui.resultuse.ResultListRow;
import org.greencredit.ui.resultuse.ResultListsView;
import org.greencredit.ui.security.SignedInUser;
import org.greencredit.ui.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Result-use lists (结果应用名单, R11, R14) against the generated district: what each department's lists hold, that
 * staff see every department and a partner only its own — by navigation, by a download address of another
 * department's list and by a download asked by another user than the page's.
 */
class ResultListsViewTest extends ViewContext {

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerChoosesAnyDepartmentAndSeesTheListsOfItsUses() {
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(ResultListsView.class);

        Select<WorkingGroupDepartment> department = _get(Select.class, spec -> spec.withId("result-lists-department"));
        assertThat(department.getListDataView().getItems().map(WorkingGroupDepartment::code).toList())
                .containsExactly("ECOLOGY", "DEVELOPMENT_REFORM", "HOUSING_CONSTRUCTION", "ECONOMY_INFORMATION",
                                 "FINANCE", "FINANCIAL_OFFICE", "MARKET_REGULATION", "TAX", "PARTNER_BANK");
        assertThat(department.getValue().code()).isEqualTo("ECOLOGY");
        assertThat(LocatorJ._find(H3.class)).extracting(H3::getId).map(id -> id.orElse(""))
                .containsExactly("result-list-licensing-title", "result-list-special-funds-title",
                                 "result-list-awards-title", "result-list-emissions-trading-title");
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-list-licensing-grades")).getText())
                .isEqualTo("优先支持：A级（绿色信用优秀）；审慎对待：C级（绿色信用警示）、D级（绿色信用失信）");

        List<ResultListRow> rows = rows(grid("result-list-licensing-grid"));
        assertThat(rows).extracting(row -> row.enterprise().creditCode()).containsExactlyElementsOf(expected());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.enterprise().inScope()).isTrue();
            assertThat(row.treatment()).isEqualTo(row.enterprise().grade().equals("A") ? Treatment.PREFERENTIAL
                                                                                        : Treatment.CAUTION);
        });
        assertThat(_get(H3.class, spec -> spec.withId("result-list-licensing-title")).getText())
                .isEqualTo("行政许可优先办理（" + rows.size() + "家）");

        UI.getCurrent().navigate("result-lists/TAX");
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-lists-none")).getText())
                .isEqualTo("该部门没有需要应用评价结果的名单。");
        UI.getCurrent().navigate("result-lists/NO_SUCH");
        _get(Paragraph.class, spec -> spec.withId("result-lists-unknown"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPartnerSeesItsOwnDepartmentsListsOnly() {
        SignedInUi.open(context, partner("bank-user", "PARTNER_BANK"));
        UI.getCurrent().navigate(ResultListsView.class);

        LocatorJ._assertNone(Select.class, spec -> spec.withId("result-lists-department"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("result-lists-shown-for")).getText())
                .isEqualTo("部门：合作银行（绿色信贷）");
        assertThat(LocatorJ._find(Grid.class)).extracting(grid -> grid.getId().orElse(""))
                                              .containsExactly("result-list-green-finance-grid");
        assertThat(rows(grid("result-list-green-finance-grid")))
                .extracting(row -> row.enterprise().creditCode()).containsExactlyElementsOf(expected());

        UI.getCurrent().navigate("result-lists/PARTNER_BANK");
        _get(ResultListsView.class);
        for (String other : List.of("ECOLOGY", "FINANCE", "FINANCIAL_OFFICE", "NO_SUCH", "partner_bank")) {
            UI.getCurrent().navigate("result-lists/" + other);
            LocatorJ._assertNone(ResultListsView.class);
            assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).as(other)
                    .isEqualTo("您的角色无权访问此页面。");
        }
    }

    @Test
    void aPartnerAccountNamesItsDepartmentByChineseNameToo() {
        SignedInUi.open(context, partner("finance-user", "区财政局"));
        UI.getCurrent().navigate(ResultListsView.class);

        assertThat(LocatorJ._find(Grid.class)).extracting(grid -> grid.getId().orElse(""))
                                              .containsExactly("result-list-special-funds-grid");
    }

    @Test
    void aPartnerOfNoCataloguedDepartmentIsToldSoAndSeesNoList() {
        SignedInUi.open(context, partner("unknown-bank", "某商业银行"));
        UI.getCurrent().navigate(ResultListsView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("result-lists-no-department")).getText())
                .startsWith("您的账户所属部门“某商业银行”不在工作小组部门目录中");
        LocatorJ._assertNone(Grid.class);
        UI.getCurrent().navigate("result-lists/PARTNER_BANK");
        LocatorJ._assertNone(ResultListsView.class);
    }

    @Test
    void otherRolesAreRefused() {
        for (Role role : List.of(Role.ASSESSOR, Role.REVIEWER)) {
            SignedInUi.open(context, role);
            UI.getCurrent().navigate("result-lists/ECOLOGY");
            LocatorJ._assertNone(ResultListsView.class);
            _get(H2.class, spec -> spec.withId("access-denied"));
        }
    }

    @Test
    void thePartnersExcelDownloadHoldsItsListAndIsNamedWithTheDay() throws IOException {
        String today = BusinessDay.today(context.getBean(Clock.class)).toString();
        SignedInUi.open(context, partner("bank-download", "PARTNER_BANK"));
        UI.getCurrent().navigate(ResultListsView.class);
        Anchor xlsx = _get(Anchor.class, spec -> spec.withId("result-list-green-finance-xlsx"));

        assertThat(xlsx.getElement().getAttribute("title")).isEqualTo("绿色信贷与信易贷名单_合作银行（绿色信贷）_" + today + ".xlsx");
        byte[] file = DownloadKt._download(xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("绿色信贷、信易贷");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("对待方式");
            List<String> codes = new ArrayList<>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                codes.add(sheet.getRow(row).getCell(1).getStringCellValue());
                assertThat(sheet.getRow(row).getCell(0).getStringCellValue()).isIn("优先", "审慎");
            }
            assertThat(codes).containsExactlyElementsOf(expected());
        }
    }

    @Test
    void anotherDepartmentsDownloadAddressServesAPartnerNothing() {
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate("result-lists/ECOLOGY");
        String licensing = _get(Anchor.class, spec -> spec.withId("result-list-licensing-xlsx")).getHref();
        assertThat(licensing).isNotBlank();
        SignedInUi.close();

        SignedInUi.open(context, partner("bank-stealing", "PARTNER_BANK"));
        UI.getCurrent().navigate(ResultListsView.class);
        assertThatThrownBy(() -> DownloadKt.downloadResource(licensing)).isInstanceOf(AssertionError.class)
                                                                        .hasMessageContaining("No such StreamResource registered");
    }

    @Test
    void aDownloadAskedByAnotherUserThanThePagesIsRefusedEmpty() {
        SignedInUi.open(context, partner("bank-page", "PARTNER_BANK"));
        UI.getCurrent().navigate(ResultListsView.class);
        Anchor xlsx = _get(Anchor.class, spec -> spec.withId("result-list-green-finance-xlsx"));
        assertThat(DownloadKt._download(xlsx)).isNotEmpty();

        signInAs(partner("finance-other", "FINANCE"));
        assertThat(DownloadKt._download(xlsx)).isEmpty();
        signInAs(SignedInUi.user("enterprise-x", Role.ENTERPRISE, "91110000600037341L"));
        assertThat(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("result-list-green-finance-csv"))))
                .isEmpty();
        SecurityContextHolder.clearContext();
        assertThat(DownloadKt._download(xlsx)).isEmpty();
    }

    /** In scope with a grade A, C or D in force: A first, then C, then D, each by credit code. */
    private List<String> expected() {
        List<String> codes = new ArrayList<>();
        for (String grade : List.of("A", "C", "D")) {
            context.getBean(QueryGateway.class)
                   .query(new FindEnterprises(new DirectoryFilter(null, null, null, null, null, grade, null, false),
                                              DirectorySort.BY_CREDIT_CODE, 0, 10_000), EnterpriseDirectoryPage.class)
                   .join().items().forEach(row -> codes.add(row.creditCode()));
        }
        return codes;
    }

    private static SignedInUser partner(String username, String department) {
        return new SignedInUser(new UserAccount(username, "测试" + username, Role.PARTNER, department, null, true,
                                                Instant.parse("2026-01-01T00:00:00Z"), "test"), "{noop}unused");
    }

    private static void signInAs(SignedInUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ResultListRow> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static List<ResultListRow> rows(Grid<ResultListRow> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
