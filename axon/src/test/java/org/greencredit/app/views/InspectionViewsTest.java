package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.InspectionDraw;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.projections.directory.CountEnterprises;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.projections.inspection.InspectionPlanSummary;
import org.greencredit.ui.inspection.InspectionWork;
import org.greencredit.ui.inspection.InspectionWork.TierPreview;
import org.greencredit.ui.inspection.InspectionsView;
import org.greencredit.ui.inspection.MyInspectionsView;
import org.greencredit.ui.inspector.InspectorDirectory;
import org.greencredit.ui.inspector.InspectorDirectory.InspectorDetails;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 双随机抽查 in the signed-in views, against the whole application: an officer previews a quarter, draws it, is
 * refused a second draw and a re-draw without reason, re-draws with one and records and corrects results; an
 * inspector of the directory records the result of their own inspection and is refused another's; an auditor reads
 * without acting; other roles are refused. Each test draws a quarter of its own (the shared context
 * has one plan per quarter; the bad-input corpus takes the last quarter of last year and leaves the third undrawn).
 */
class InspectionViewsTest extends ViewContext {

    private static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);
    private static final Actor OFFICER = new Actor("view-officer-zhao", Role.OFFICER, "执法大队", null);
    private static final String LINKED = "view-inspector-a";
    private static Object inspectorsIn;
    private static String linkedInspectorId;

    @BeforeEach
    void inspectorsOnDuty() {
        synchronized (InspectionViewsTest.class) {
            if (inspectorsIn != context) {
                InspectorDirectory directory = context.getBean(InspectorDirectory.class);
                linkedInspectorId = directory.register(
                        new InspectorDetails("冯甲", "执法大队四中队", "VIEWINSP-0001", LINKED), ADMIN);
                directory.register(new InspectorDetails("冯乙", "执法大队四中队", "VIEWINSP-0002", null), ADMIN);
                directory.register(new InspectorDetails("冯丙", "执法大队四中队", "VIEWINSP-0003", null), ADMIN);
                caughtUp();
                inspectorsIn = context;
            }
        }
    }

    private void caughtUp() {
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
    }

    private InspectionWork work() {
        return context.getBean(InspectionWork.class);
    }

    private LocalDate today() {
        return BusinessDay.today(context.getBean(Clock.class));
    }

    /** The {@code quarter}th quarter of last year. */
    private String lastYear(int quarter) {
        return new InspectionPeriod(today().getYear() - 1, quarter).toString();
    }

    @SuppressWarnings("unchecked")
    private void openPlan(Role role, String period) {
        SignedInUi.open(context, role);
        UI.getCurrent().navigate(InspectionsView.class);
        _setValue(_get(Select.class, spec -> spec.withId("inspections-period")), period);
    }

    @SuppressWarnings("unchecked")
    private static Grid<InspectionEntry> entries(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static int row(Grid<InspectionEntry> grid, String creditCode) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).creditCode().equals(creditCode))
                        .findFirst().orElseThrow();
    }

    /** Clicks a button of the row of {@code creditCode} (component columns are rendered per row). */
    private static void clickInRow(String gridId, String creditCode, String buttonId) {
        Grid<InspectionEntry> grid = entries(gridId);
        _click(_get(GridKt._getCellComponent(grid, row(grid, creditCode), "actions"), Button.class,
                    spec -> spec.withId(buttonId)));
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static void expect(String text) {
        NotificationsKt.expectNotifications(text);
        NotificationsKt.clearNotifications();
    }

    @SuppressWarnings("unchecked")
    private static void fillResult(InspectionOutcome outcome, LocalDate day, String note, String correction) {
        _setValue(_get(Select.class, spec -> spec.withId("inspection-result-outcome")), outcome);
        if (day != null) {
            _setValue(_get(DatePicker.class, spec -> spec.withId("inspection-result-date")), day);
        }
        _setValue(_get(TextArea.class, spec -> spec.withId("inspection-result-note")), note);
        if (correction != null) {
            _setValue(_get(TextArea.class, spec -> spec.withId("inspection-result-correction")), correction);
        }
        click("inspection-result-submit");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOfficerPreviewsDrawsReDrawsWithAReasonAndRecordsAndCorrectsAResult() {
        String period = lastYear(1);
        openPlan(Role.OFFICER, period);

        Grid<TierPreview> preview = _get(Grid.class, spec -> spec.withId("inspections-preview-grid"));
        List<TierPreview> tiers = IntStream.range(0, GridKt._size(preview)).mapToObj(i -> GridKt._get(preview, i))
                                           .toList();
        long inScope = context.getBean(QueryGateway.class)
                              .query(new CountEnterprises(new DirectoryFilter(null, null, null, null, null, null, null,
                                                                              false)), Long.class).join();
        assertThat(tiers.stream().mapToInt(tier -> tier.counts().enterprises()).sum()).isEqualTo(inScope);
        assertThat(tiers).isNotEmpty().allSatisfy(tier -> {
            if (tier.rule().offSite()) {
                assertThat(tier.counts().drawn()).isZero();
            } else {
                assertThat(tier.counts().quota()).isEqualTo(InspectionDraw.quota(
                        tier.rule().samplingRatioPerQuarter(), tier.counts().enterprises()));
                assertThat(tier.counts().drawn()).isEqualTo(tier.counts().quota()); // Q1: nobody forced, no window
            }
        });
        assertThat(_get(Span.class, spec -> spec.withId("inspections-preview-inspectors")).getText())
                .startsWith("在岗执法人员 ").contains(" 名");

        _setValue(_get(TextField.class, spec -> spec.withId("inspections-seed")), "第一次公开摇号 0375");
        click("inspections-draw");
        expect("已抽取 " + period + "，种子：第一次公开摇号 0375");
        assertThat(_get(Span.class, spec -> spec.withId("inspections-seed-used")).getText())
                .isEqualTo("抽签种子：第一次公开摇号 0375");
        InspectionPlanSummary plan = work().plan(period).orElseThrow();
        assertThat(_get(Span.class, spec -> spec.withId("inspections-input-hash")).getText())
                .endsWith(plan.draws().get(0).inputHash());
        Grid<InspectionEntry> grid = entries("inspections-grid");
        assertThat(GridKt._size(grid)).isEqualTo(plan.entries().size())
                                      .isEqualTo(tiers.stream().mapToInt(tier -> tier.rule().offSite()
                                              ? tier.counts().enterprises() : tier.counts().drawn()).sum());
        InspectionEntry onSite = plan.entries().stream().filter(entry -> entry.basis() != DrawBasis.OFF_SITE)
                                     .findFirst().orElseThrow();
        List<String> cells = GridKt._getFormattedRow(grid, row(grid, onSite.creditCode()));
        assertThat(cells).contains(onSite.creditCode(), "随机抽取", "待检查");
        assertThat(cells.get(4)).contains("、");

        assertThatThrownBy(() -> work().draw(period, null, OFFICER)).isInstanceOfSatisfying(
                RuleViolation.class, refused -> assertThat(refused.refusal().messageKey())
                        .isEqualTo("inspection.alreadyDrawn"));

        click("inspections-redraw");
        click("inspections-redraw-submit");
        expect("重新抽取须说明理由");
        assertThat(work().plan(period).orElseThrow().draws()).hasSize(1);
        _setValue(_get(TextArea.class, spec -> spec.withId("inspections-redraw-reason")), "抽取时执法人员名录尚未更新");
        _setValue(_get(TextField.class, spec -> spec.withId("inspections-redraw-seed")), "第二次公开摇号 1184");
        click("inspections-redraw-submit");
        expect("已重新抽取 " + period + "，种子：第二次公开摇号 1184");
        Grid<?> history = _get(Grid.class, spec -> spec.withId("inspections-history"));
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0)).contains(period + "#2", "抽取时执法人员名录尚未更新", "现行有效");
        assertThat(GridKt._getFormattedRow(history, 1)).contains(period + "#1", "已被 " + period + "#2 取代");

        InspectionEntry drawn = work().plan(period).orElseThrow().entries().stream()
                                      .filter(entry -> entry.basis() != DrawBasis.OFF_SITE).findFirst().orElseThrow();
        String code = drawn.creditCode();
        clickInRow("inspections-grid", code, "inspections-record-" + code);
        fillResult(InspectionOutcome.NOT_INSPECTED, null, " ", null);
        expect("未检查的须说明原因");
        fillResult(InspectionOutcome.NO_PROBLEM, today().plusDays(1), "", null);
        expect("检查日期 " + today().plusDays(1) + " 晚于今天（" + today() + "）");
        fillResult(InspectionOutcome.NOT_INSPECTED, null, "企业已停产", null);
        expect("已录入“" + work().enterpriseNames(List.of(code)).get(code) + "”的检查结果");
        grid = entries("inspections-grid");
        assertThat(GridKt._getFormattedRow(grid, row(grid, code))).contains("未检查：企业已停产");

        clickInRow("inspections-grid", code, "inspections-record-" + code);
        fillResult(InspectionOutcome.NO_PROBLEM, today(), "复查无问题", "");
        expect("企业 " + code + " 的检查结果已录入；如需更正，请说明更正理由");
        fillResult(InspectionOutcome.NO_PROBLEM, today(), "复查无问题", "企业恢复生产后补查");
        expect("已录入“" + work().enterpriseNames(List.of(code)).get(code) + "”的检查结果");
        grid = entries("inspections-grid");
        assertThat(GridKt._getFormattedRow(grid, row(grid, code)))
                .contains("未发现问题（" + today() + "）〔已更正：企业恢复生产后补查〕");

        click("inspections-redraw");
        _setValue(_get(TextArea.class, spec -> spec.withId("inspections-redraw-reason")), "再抽一次");
        click("inspections-redraw-submit");
        expect(period + " 已录入 1 户的检查结果，不能再重新抽取");
        assertThat(work().plan(period).orElseThrow().draws()).hasSize(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInspectorRecordsTheirOwnInspectionAndIsRefusedAnothers() {
        String period = lastYear(2);
        work().draw(period, "view-inspector-0", OFFICER);
        // the pairs are random: re-draw (with a reason, as the rules want) until the linked inspector is in one pair
        // and out of another
        for (int i = 1; (ofLinked(period).isEmpty() || ofLinked(period).size() == work().plan(period).orElseThrow()
                .entries().stream().filter(entry -> !entry.inspectorIds().isEmpty()).count()) && i < 40; i++) {
            work().redraw(period, "view-inspector-" + i, "测试：直至测试执法人员被抽中", OFFICER);
        }
        InspectionEntry mine = ofLinked(period).get(0);
        InspectionEntry another = work().plan(period).orElseThrow().entries().stream()
                                        .filter(entry -> !entry.inspectorIds().contains(linkedInspectorId))
                                        .findFirst().orElseThrow();
        String partner = mine.inspectorIds().stream().filter(id -> !id.equals(linkedInspectorId)).findFirst()
                             .orElseThrow();

        SignedInUi.open(context, SignedInUi.user(LINKED, Role.INSPECTOR, null));
        UI.getCurrent().navigate(MyInspectionsView.class);
        List<String> navigation = _get(SideNav.class, spec -> spec.withId("navigation")).getItems().stream()
                                                                                          .map(SideNavItem::getPath)
                                                                                          .toList();
        assertThat(navigation).contains("my-inspections").doesNotContain("inspections", "admin");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                        spec -> spec.withId("my-inspections-who")).getText()).isEqualTo("冯甲，执法大队四中队");
        Grid<InspectionEntry> grid = entries("my-inspections-grid");
        List<String> cells = GridKt._getFormattedRow(grid, row(grid, mine.creditCode()));
        assertThat(cells).contains(period, mine.creditCode(), work().inspectorNames().get(partner), "待检查");

        clickInRow("my-inspections-grid", mine.creditCode(), "my-inspections-record-" + period + "-" + mine.creditCode());
        fillResult(InspectionOutcome.NO_PROBLEM, today(), "现场检查设施运行正常", null);
        expect("已录入“" + work().enterpriseNames(List.of(mine.creditCode())).get(mine.creditCode()) + "”的检查结果");
        grid = entries("my-inspections-grid");
        assertThat(GridKt._getFormattedRow(grid, row(grid, mine.creditCode())))
                .contains("未发现问题（" + today() + "）");
        InspectionEntry recorded = work().plan(period).orElseThrow().entries().stream()
                                         .filter(entry -> entry.creditCode().equals(mine.creditCode())).findFirst()
                                         .orElseThrow();
        assertThat(recorded.recordedBy()).isEqualTo(LINKED);

        Actor inspector = new Actor(LINKED, Role.INSPECTOR, "执法大队四中队", null);
        assertThatThrownBy(() -> work().recordResult(period, another.creditCode(), InspectionOutcome.NO_PROBLEM,
                                                     today(), null, "", null, inspector))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.refusal().messageKey())
                        .isIn("inspection.result.notDrawnInspector", "inspection.result.notDrawn"));
        assertThat(work().plan(period).orElseThrow().entries().stream()
                         .filter(entry -> entry.creditCode().equals(another.creditCode())).findFirst().orElseThrow()
                         .outcome()).isNull();

        UI.getCurrent().navigate(InspectionsView.class);
        _assertNone(InspectionsView.class);
        _get(H2.class, spec -> spec.withId("access-denied"));
    }

    private List<InspectionEntry> ofLinked(String period) {
        return work().inspectionsOf(linkedInspectorId).stream().filter(entry -> entry.period().equals(period))
                     .toList();
    }

    @Test
    void anInspectorWhoseAccountIsNotLinkedIsToldSo() {
        SignedInUi.open(context, Role.INSPECTOR);
        UI.getCurrent().navigate(MyInspectionsView.class);

        assertThat(_get(Span.class, spec -> spec.withId("my-inspections-not-linked")).getText())
                .startsWith("账号“inspector-user”未关联执法人员名录中的在岗执法人员");
        _assertNone(Grid.class, spec -> spec.withId("my-inspections-grid"));
    }

    @Test
    void aDrawFromAStalePreviewIsRefusedAndAnAuditorReadsWithoutActing() {
        String period = nextQuarter();
        openPlan(Role.OFFICER, period);
        work().draw(period, "drawn-elsewhere", OFFICER); // another officer, while this one looks at the preview
        click("inspections-draw");
        expect(period + " 的抽查已抽取；如需重新抽取，请说明理由");
        assertThat(work().plan(period).orElseThrow().draws()).singleElement()
                                                             .satisfies(draw -> assertThat(draw.seed())
                                                                     .isEqualTo("drawn-elsewhere"));
        SignedInUi.close();

        openPlan(Role.AUDITOR, period);
        assertThat(GridKt._size(entries("inspections-grid")))
                .isEqualTo(work().plan(period).orElseThrow().entries().size());
        _get(Grid.class, spec -> spec.withId("inspections-history"));
        _get(Component.class, spec -> spec.withId("inspections-xlsx"));
        _assertNone(Button.class, spec -> spec.withId("inspections-redraw"));
        assertThat(entries("inspections-grid").getColumnByKey("actions")).isNull();
        _setValue(_get(Select.class, spec -> spec.withId("inspections-period")), lastYear(3));
        _get(Grid.class, spec -> spec.withId("inspections-preview-grid"));
        _assertNone(Button.class, spec -> spec.withId("inspections-draw"));
        _assertNone(TextField.class, spec -> spec.withId("inspections-seed"));
    }

    private String nextQuarter() {
        InspectionPeriod current = InspectionPeriod.of(today());
        return (current.quarter() == 4 ? new InspectionPeriod(current.year() + 1, 1)
                                       : new InspectionPeriod(current.year(), current.quarter() + 1)).toString();
    }

    @Test
    void otherRolesAreRefused() {
        for (Role role : List.of(Role.ENTERPRISE, Role.ASSESSOR, Role.PARTNER, Role.ADMIN)) {
            if (role == Role.ENTERPRISE) {
                SignedInUi.openAsEnterprise(context, "91110112MA00000000");
            } else {
                SignedInUi.open(context, role);
            }
            for (Class<? extends Component> refused : List.of(InspectionsView.class, MyInspectionsView.class)) {
                UI.getCurrent().navigate(refused);
                _assertNone(refused);
                _get(H2.class, spec -> spec.withId("access-denied"));
            }
            SignedInUi.close();
        }
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(MyInspectionsView.class);
        _assertNone(MyInspectionsView.class);
        _get(H2.class, spec -> spec.withId("access-denied"));
    }
}
