package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterprisesByTier;
import org.greencredit.projections.directory.FindKeySupervisionList;
import org.greencredit.projections.directory.FindPositiveList;
import org.greencredit.ui.components.GridCount;
import org.greencredit.ui.i18n.ChineseByDefault;
import org.greencredit.ui.supervision.SupervisionView;
import org.junit.jupiter.api.Test;

/** Tiered supervision (分级分类监管) and its exports, against the generated district. */
class SupervisionViewTest extends ViewContext {

    @Test
    @SuppressWarnings("unchecked")
    void theListsAreTheReadModelsLists() {
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(SupervisionView.class);

        assertThat(codes(_get(Grid.class, spec -> spec.withId("supervision-positive-grid"))))
                .isEqualTo(codes(page(new FindPositiveList(0, 1000))));
        assertThat(codes(_get(Grid.class, spec -> spec.withId("supervision-key-grid"))))
                .isEqualTo(codes(page(new FindKeySupervisionList(0, 1000))));

        Select<String> tier = _get(Select.class, spec -> spec.withId("supervision-tier"));
        for (String code : List.of("POSITIVE_LIST", "REDUCED", "STANDARD", "KEY")) {
            tier.setValue(code);
            assertThat(codes(_get(Grid.class, spec -> spec.withId("supervision-tier-grid")))).as(code)
                    .isEqualTo(codes(page(new FindEnterprisesByTier(code, 0, 1000))));
        }
        assertThat(page(new FindEnterprisesByTier("STANDARD", 0, 1000))).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportsAreNamedInTheUsersLanguageWithTheDayAndListsSayHowManyRowsTheyHold() {
        String today = BusinessDay.today(context.getBean(Clock.class)).toString();
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(SupervisionView.class);
        _get(Select.class, spec -> spec.withId("supervision-tier")).setValue("POSITIVE_LIST");

        assertThat(_get(Anchor.class, spec -> spec.withId("supervision-tier-xlsx")).getElement().getAttribute("title"))
                .isEqualTo("分级分类监管名单_A级_" + today + ".xlsx");
        assertThat(_get(Anchor.class, spec -> spec.withId("supervision-positive-csv")).getElement()
                                                                                      .getAttribute("title"))
                .isEqualTo("正面清单_" + today + ".csv");
        Grid<EnterpriseListing> key = _get(Grid.class, spec -> spec.withId("supervision-key-grid"));
        MockVaadin.clientRoundtrip();
        assertThat(GridCount.text(key)).isEqualTo("共 " + page(new FindKeySupervisionList(0, 1000)).size() + " 条");
        assertThat(key.getEmptyStateText()).isEqualTo("暂无记录");

        ChineseByDefault.choose(Locale.ENGLISH);
        UI.getCurrent().navigate("indicators");
        UI.getCurrent().navigate(SupervisionView.class);
        _get(Select.class, spec -> spec.withId("supervision-tier")).setValue("KEY");
        assertThat(_get(Anchor.class, spec -> spec.withId("supervision-tier-csv")).getElement().getAttribute("title"))
                .isEqualTo("supervision-list_grade-D_" + today + ".csv");
        assertThat(_get(Anchor.class, spec -> spec.withId("supervision-key-xlsx")).getElement().getAttribute("title"))
                .isEqualTo("key-supervision-list_" + today + ".xlsx");
    }

    @Test
    void theCsvExportHoldsTheRowsReadableByExcel() {
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(SupervisionView.class);

        byte[] csv = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("supervision-key-csv")));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Arrays.asList(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).startsWith("统一社会信用代码,企业名称,所属街道（乡镇）,信用等级");
        List<EnterpriseListing> expected = page(new FindKeySupervisionList(0, 1000));
        assertThat(lines).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(lines.get(i + 1)).startsWith(expected.get(i).creditCode() + "," + expected.get(i).name() + ",");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExcelExportOfATierHoldsItsRows() throws IOException {
        SignedInUi.open(context, Role.PARTNER);
        UI.getCurrent().navigate(SupervisionView.class);
        _get(Select.class, spec -> spec.withId("supervision-tier")).setValue("STANDARD");

        byte[] xlsx = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("supervision-tier-xlsx")));

        List<EnterpriseListing> expected = page(new FindEnterprisesByTier("STANDARD", 0, 1000));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            List<String> codes = new ArrayList<>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                codes.add(sheet.getRow(row).getCell(0).getStringCellValue());
                assertThat(sheet.getRow(row).getCell(6).getStringCellValue()).isEqualTo("常规监管，适当提高检查频次");
            }
            assertThat(codes).isEqualTo(codes(expected));
        }
    }

    @Test
    void anEnterpriseUserIsRefusedSupervision() {
        SignedInUi.openAsEnterprise(context, TestCreditCodes.code(12001));

        UI.getCurrent().navigate(SupervisionView.class);

        LocatorJ._assertNone(SupervisionView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("您的角色无权访问此页面。");
    }

    @Test
    void anAssessorIsRefusedSupervision() {
        SignedInUi.open(context, Role.ASSESSOR);

        UI.getCurrent().navigate(SupervisionView.class);

        LocatorJ._assertNone(SupervisionView.class);
        _get(H2.class, spec -> spec.withId("access-denied"));
    }

    private List<EnterpriseListing> page(Object query) {
        return context.getBean(QueryGateway.class).query(query, EnterpriseDirectoryPage.class).join().items();
    }

    private static List<String> codes(List<EnterpriseListing> rows) {
        return rows.stream().map(EnterpriseListing::creditCode).toList();
    }

    private static List<String> codes(Grid<EnterpriseListing> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).creditCode()).toList();
    }
}
