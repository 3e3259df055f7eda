package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestUsers;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.inspector.CertificateNumber;
import org.greencredit.projections.inspector.InspectorRecusal;
import org.greencredit.projections.inspector.InspectorSummary;
import org.greencredit.ui.admin.AdminView;
import org.greencredit.ui.cycle.CyclesView;
import org.greencredit.ui.dashboard.DashboardView;
import org.greencredit.ui.directory.EnterpriseDirectoryView;
import org.greencredit.ui.i18n.ChineseByDefault;
import org.greencredit.ui.inspector.InspectorDirectory;
import org.greencredit.ui.inspector.InspectorDirectory.InspectorDetails;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.Test;

/**
 * 执法人员名录 in the administration view, against the whole application: an administrator registers, edits,
 * deactivates and reactivates inspectors and declares and withdraws recusals; every refusal is shown in the user's
 * language with nothing stored. A user of role INSPECTOR lands on the dashboard and is refused elsewhere.
 */
class InspectorViewsTest extends ViewContext {

    private static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);

    private void openInspectorsTab() {
        SignedInUi.open(context, Role.ADMIN);
        UI.getCurrent().navigate(AdminView.class);
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("admin-tabs"));
        tabs.setSelectedIndex(4);
    }

    private InspectorDirectory directory() {
        return context.getBean(InspectorDirectory.class);
    }

    private Optional<InspectorSummary> byCertificate(String number) {
        return directory().all().stream().filter(inspector -> inspector.certificateNumber().equals(number))
                          .findFirst();
    }

    private void caughtUp() {
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
    }

    private void fillDetails(String name, String department, String certificateNumber, String username) {
        _setValue(_get(TextField.class, spec -> spec.withId("admin-inspector-name")), name);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-inspector-department")), department);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-inspector-certificate-number")), certificateNumber);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-inspector-username")), username);
        _click(_get(Button.class, spec -> spec.withId("admin-inspector-submit")));
    }

    private void register(String name, String department, String certificateNumber, String username) {
        _click(_get(Button.class, spec -> spec.withId("admin-inspectors-create")));
        fillDetails(name, department, certificateNumber, username);
    }

    @SuppressWarnings("unchecked")
    private Button rowButton(String inspectorId, String buttonId) {
        Grid<InspectorSummary> grid = _get(Grid.class, spec -> spec.withId("admin-inspectors-grid"));
        AuditViewTest.awaitUi(() -> IntStream.range(0, GridKt._size(grid))
                                             .anyMatch(i -> GridKt._get(grid, i).inspectorId().equals(inspectorId)),
                              Duration.ofSeconds(30));
        int row = IntStream.range(0, GridKt._size(grid))
                           .filter(i -> GridKt._get(grid, i).inspectorId().equals(inspectorId)).findFirst()
                           .orElseThrow();
        return _get(GridKt._getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withId(buttonId));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorMaintainsAnInspectorAndTheirRecusals() {
        TestUsers.ensure(context.getBean(UserAccounts.class), "view-inspector-wu", Role.INSPECTOR, null);
        openInspectorsTab();

        register(" 吴刚 ", "执法大队一中队", "ｖｉｅｗ-0001", "view-inspector-wu");

        NotificationsKt.expectNotifications("已登记执法人员“吴刚”");
        caughtUp();
        InspectorSummary registered = byCertificate("VIEW-0001").orElseThrow();
        assertThat(registered).extracting(InspectorSummary::name, InspectorSummary::department, InspectorSummary::username,
                                          InspectorSummary::active)
                              .containsExactly("吴刚", "执法大队一中队", "view-inspector-wu", true);
        String id = registered.inspectorId();
        Grid<InspectorSummary> grid = _get(Grid.class, spec -> spec.withId("admin-inspectors-grid"));
        AuditViewTest.awaitUi(() -> IntStream.range(0, GridKt._size(grid))
                                             .anyMatch(i -> GridKt._get(grid, i).inspectorId().equals(id)),
                              Duration.ofSeconds(30));
        NotificationsKt.clearNotifications();

        _click(rowButton(id, "admin-inspector-edit-" + id));
        assertThat(_get(TextField.class, spec -> spec.withId("admin-inspector-certificate-number")).getValue())
                .isEqualTo("VIEW-0001");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-inspector-department")), "执法大队二中队");
        _click(_get(Button.class, spec -> spec.withId("admin-inspector-submit")));
        NotificationsKt.expectNotifications("已修改执法人员“吴刚”的信息");
        caughtUp();
        assertThat(byCertificate("VIEW-0001").orElseThrow().department()).isEqualTo("执法大队二中队");
        NotificationsKt.clearNotifications();

        _click(rowButton(id, "admin-inspector-deactivate-" + id));
        _setValue(_get(TextArea.class, spec -> spec.withId("admin-inspector-reason")), "调往市生态环境局");
        _click(_get(Button.class, spec -> spec.withId("admin-inspector-state-submit")));
        NotificationsKt.expectNotifications("已停用执法人员“吴刚”");
        caughtUp();
        assertThat(byCertificate("VIEW-0001").orElseThrow().statusReason()).isEqualTo("调往市生态环境局");
        NotificationsKt.clearNotifications();
        AuditViewTest.awaitUi(() -> GridKt._getFormattedRow(grid, row(grid, id)).contains("已停用：调往市生态环境局"),
                              Duration.ofSeconds(30));

        _click(rowButton(id, "admin-inspector-reactivate-" + id));
        _setValue(_get(TextArea.class, spec -> spec.withId("admin-inspector-reason")), "调回");
        _click(_get(Button.class, spec -> spec.withId("admin-inspector-state-submit")));
        NotificationsKt.expectNotifications("已恢复执法人员“吴刚”");
        caughtUp();
        assertThat(byCertificate("VIEW-0001").orElseThrow().active()).isTrue();
        NotificationsKt.clearNotifications();

        String code = TestCreditCodes.code(16001);
        AuditViewTest.awaitUi(() -> GridKt._getFormattedRow(grid, row(grid, id)).contains("在岗"),
                              Duration.ofSeconds(30));
        _click(rowButton(id, "admin-inspector-recusals-" + id));
        _setValue(_get(TextField.class, spec -> spec.withId("admin-recusal-credit-code")), code.toLowerCase());
        _setValue(_get(TextField.class, spec -> spec.withId("admin-recusal-reason")), "配偶在该企业任职");
        _click(_get(Button.class, spec -> spec.withId("admin-recusal-declare")));
        NotificationsKt.expectNotifications("已登记“吴刚”对 " + code + " 的回避");
        caughtUp();
        assertThat(byCertificate("VIEW-0001").orElseThrow().recusals()).extracting(InspectorRecusal::creditCode)
                                                                       .containsExactly(code);
        NotificationsKt.clearNotifications();
        AuditViewTest.awaitUi(() -> GridKt._getFormattedRow(grid, row(grid, id)).contains(code),
                              Duration.ofSeconds(30));

        _click(rowButton(id, "admin-inspector-recusals-" + id));
        Grid<InspectorRecusal> recusals = _get(Grid.class, spec -> spec.withId("admin-recusals-grid"));
        _click(_get(GridKt._getCellComponent(recusals, 0, "actions"), Button.class,
                    spec -> spec.withId("admin-recusal-withdraw-" + code)));
        _setValue(_get(TextArea.class, spec -> spec.withId("admin-recusal-withdraw-reason")), "配偶已离职");
        _click(_get(Button.class, spec -> spec.withId("admin-recusal-withdraw-submit")));
        NotificationsKt.expectNotifications("已撤销“吴刚”对 " + code + " 的回避");
        caughtUp();
        assertThat(byCertificate("VIEW-0001").orElseThrow().recusals()).isEmpty();
    }

    @Test
    void everyRefusalIsShownInTheUsersLanguageAndNothingIsStored() {
        TestUsers.ensure(context.getBean(UserAccounts.class), "view-officer-qian", Role.OFFICER, null);
        String id = directory().register(new InspectorDetails("钱进", "执法大队三中队", "VIEW-0002", null), ADMIN);
        caughtUp();
        openInspectorsTab();

        register("孙立", "执法大队三中队", "view-0002", "");
        NotificationsKt.expectNotifications("执法证号 VIEW-0002 已属于名录中的另一名执法人员");
        NotificationsKt.clearNotifications();
        fillDetails("孙立", "执法大队三中队", "第12号", "");
        NotificationsKt.expectNotifications("执法证号“第12号”无效：应为 6 至 32 位字母、数字或连字符，首尾须为字母或数字");
        NotificationsKt.clearNotifications();
        fillDetails(" ", "执法大队三中队", "VIEW-0003", "");
        NotificationsKt.expectNotifications("请填写执法人员姓名");
        NotificationsKt.clearNotifications();
        fillDetails("孙立", "执法大队三中队", "VIEW-0003", "view-officer-qian");
        NotificationsKt.expectNotifications(
                "登录账号“view-officer-qian”的角色是“生态环境局工作人员”，只有角色为“执法人员”的账号可以关联");
        NotificationsKt.clearNotifications();
        assertThat(context.getBean(EventStore.class)
                          .lastSequenceNumberFor(CertificateNumber.claimId("VIEW-0003"))).isEmpty();

        _click(rowButton(id, "admin-inspector-recusals-" + id));
        String wrongCheck = TestCreditCodes.code(16002).substring(0, 17)
                + (TestCreditCodes.code(16002).endsWith("0") ? "1" : "0");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-recusal-credit-code")), wrongCheck);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-recusal-reason")), "利害关系");
        _click(_get(Button.class, spec -> spec.withId("admin-recusal-declare")));
        NotificationsKt.expectNotifications("“" + wrongCheck + "”不是有效的统一社会信用代码（应为18位，字符与校验码须符合GB 32100-2015）");
        NotificationsKt.clearNotifications();
        _setValue(_get(TextField.class, spec -> spec.withId("admin-recusal-credit-code")),
                  TestCreditCodes.code(16002));
        _setValue(_get(TextField.class, spec -> spec.withId("admin-recusal-reason")), "");
        _click(_get(Button.class, spec -> spec.withId("admin-recusal-declare")));
        NotificationsKt.expectNotifications("请填写理由");
        NotificationsKt.clearNotifications();
        assertThat(context.getBean(EventStore.class).lastSequenceNumberFor(id)).contains(0L);

        LocatorJ._find(Dialog.class).forEach(Dialog::close);
        ChineseByDefault.choose(Locale.ENGLISH);
        UI.getCurrent().navigate(DashboardView.class);
        UI.getCurrent().navigate(AdminView.class);
        _get(TabSheet.class, spec -> spec.withId("admin-tabs")).setSelectedIndex(4);
        register("Sun Li", "Squad 3", "VIEW-0002", "");
        NotificationsKt.expectNotifications(
                "enforcement certificate no. VIEW-0002 belongs to another officer of the directory");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInspectorLandsOnTheDashboardAndIsRefusedElsewhere() {
        SignedInUi.open(context, Role.INSPECTOR);
        UI.getCurrent().navigate(DashboardView.class);

        _get(Svg.class, spec -> spec.withId("dashboard-grade-chart"));
        _assertNone(Grid.class, spec -> spec.withId("dashboard-deadlines"));
        List<String> navigation = _get(SideNav.class, spec -> spec.withId("navigation")).getItems().stream()
                                                                                          .map(SideNavItem::getPath)
                                                                                          .toList();
        assertThat(navigation).doesNotContain("admin", "enterprises", "cycles", "audit");
        for (Class<? extends com.vaadin.flow.component.Component> refused
                : List.of(AdminView.class, EnterpriseDirectoryView.class, CyclesView.class)) {
            UI.getCurrent().navigate(refused);
            _assertNone(refused);
            _get(H2.class, spec -> spec.withId("access-denied"));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static int row(Grid grid, String inspectorId) {
        return IntStream.range(0, GridKt._size(grid))
                        .filter(i -> ((InspectorSummary) GridKt._get(grid, i)).inspectorId().equals(inspectorId))
                        .findFirst().orElseThrow();
    }
}
