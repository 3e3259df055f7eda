package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.greencredit.app.admin.ProjectionRebuilds;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestUsers;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.calendar.YearArrangement;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.ui.admin.AdminView;
import org.greencredit.ui.admin.CalendarYears;
import org.greencredit.ui.admin.ProjectionState;
import org.greencredit.ui.security.UserAccount;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administration view (系统管理) on the server side, against the whole application. */
class AdminViewTest extends ViewContext {

    private static final Actor TEST_ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);

    @BeforeEach
    void openUi() {
        SignedInUi.open(context, Role.ADMIN);
        UI.getCurrent().navigate(AdminView.class);
    }

    @Test
    void anAdministratorCreatesAUser() {
        createUser("audit-view-officer", "王审计", Role.OFFICER, "执法大队", "initial-password-1");

        NotificationsKt.expectNotifications("已创建用户“audit-view-officer”");
        UserAccount created = accounts().find("audit-view-officer").orElseThrow();
        assertThat(created.displayName()).isEqualTo("王审计");
        assertThat(created.role()).isEqualTo(Role.OFFICER);
        assertThat(created.department()).isEqualTo("执法大队");
        assertThat(created.enabled()).isTrue();
        assertThat(created.createdBy()).isEqualTo("admin-user");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEnterpriseUserIsBoundToItsCreditCode() {
        String creditCode = TestCreditCodes.code(13001);
        _click(_get(Button.class, spec -> spec.withId("admin-users-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("admin-user-username")), "audit-view-enterprise");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-user-display-name")), "企业联系人");
        _setValue(_get(Select.class, spec -> spec.withId("admin-user-role")), Role.ENTERPRISE);
        LocatorJ._assertNone(TextField.class, spec -> spec.withId("admin-user-department"));
        _setValue(_get(TextField.class, spec -> spec.withId("admin-user-credit-code")), creditCode);
        _setValue(_get(PasswordField.class, spec -> spec.withId("admin-user-password")), "initial-password-2");
        _click(_get(Button.class, spec -> spec.withId("admin-user-submit")));

        UserAccount created = accounts().find("audit-view-enterprise").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.ENTERPRISE);
        assertThat(created.creditCode()).isEqualTo(creditCode);
        assertThat(created.department()).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSourceSystemIsBoundToTheSourceItSubmits() {
        _click(_get(Button.class, spec -> spec.withId("admin-users-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("admin-user-username")), "admin-view-monitoring");
        _setValue(_get(TextField.class, spec -> spec.withId("admin-user-display-name")), "在线监测系统");
        _setValue(_get(Select.class, spec -> spec.withId("admin-user-role")), Role.SOURCE_SYSTEM);
        Select<FactSource> source = _get(Select.class, spec -> spec.withId("admin-user-source"));
        assertThat(source.getListDataView().getItems()).doesNotContain(FactSource.SELF_DECLARATION)
                                                       .contains(FactSource.MONITORING);
        _setValue(source, FactSource.MONITORING);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-user-department")), "区生态环境监测站");
        _setValue(_get(PasswordField.class, spec -> spec.withId("admin-user-password")), "initial-password-3");
        _click(_get(Button.class, spec -> spec.withId("admin-user-submit")));

        UserAccount created = accounts().find("admin-view-monitoring").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.SOURCE_SYSTEM);
        assertThat(created.source()).isEqualTo(FactSource.MONITORING);
        assertThat(created.creditCode()).isNull();
    }

    @Test
    void aTooShortPasswordIsRefusedInChineseAndNothingIsStored() {
        createUser("audit-view-short", "李短", Role.REVIEWER, "法规科", "short");

        NotificationsKt.expectNotifications("密码至少需要 10 个字符");
        assertThat(accounts().find("audit-view-short")).isEmpty();
    }

    @Test
    void disablingTheLastAdministratorIsRefused() {
        String last = TestUsers.ensure(accounts(), "audit-view-admin", Role.ADMIN, null);
        accounts().setEnabled(last, true, TEST_ADMIN);
        List<String> others = accounts().all().stream()
                                        .filter(account -> account.role() == Role.ADMIN && account.enabled())
                                        .map(UserAccount::username).filter(name -> !name.equals(last)).toList();
        others.forEach(name -> accounts().setEnabled(name, false, TEST_ADMIN));
        try {
            SignedInUi.close();
            openUi();

            _click(cellButton(_get(Grid.class, spec -> spec.withId("admin-users-grid")),
                              account -> ((UserAccount) account).username().equals(last), "actions",
                              "admin-user-toggle-" + last));

            NotificationsKt.expectNotifications("“audit-view-admin”是最后一个启用的系统管理员，不能停用");
            assertThat(accounts().find(last).orElseThrow().enabled()).isTrue();
        } finally {
            others.forEach(name -> accounts().setEnabled(name, true, TEST_ADMIN));
        }
    }

    @Test
    void aMalformedCalendarFileIsRefusedAndNothingIsStored() {
        List<YearArrangement> before = context.getBean(CalendarYears.class).years();
        _get(TabSheet.class, spec -> spec.withId("admin-tabs")).setSelectedIndex(1);
        String malformed = """
                2027:
                  notice: 国务院办公厅关于2027年部分节假日安排的通知
                  holidays:
                    - {name: 元旦, from: 2027-01-01, to: 2027-01-01}
                    - {name: 春节, from: 2027-02-30, to: 2027-02-12}
                  workingWeekends: [2027-02-06]
                """;

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("admin-calendar-upload")), "2027.yaml",
                         malformed.getBytes(StandardCharsets.UTF_8));

        NotificationsKt.expectNotifications(
                "文件“2027.yaml”未录入：2027 年：“2027-02-30”不是 yyyy-MM-dd 格式的有效日期");
        assertThat(context.getBean(CalendarYears.class).years()).isEqualTo(before);
    }

    @Test
    void aFileBreakingTheCalendarsRulesIsRefusedWholeAndNothingIsStored() {
        List<YearArrangement> before = context.getBean(CalendarYears.class).years();
        _get(TabSheet.class, spec -> spec.withId("admin-tabs")).setSelectedIndex(1);
        String weekdayAsWorkingWeekend = """
                2027:
                  notice: 国务院办公厅关于2027年部分节假日安排的通知
                  holidays:
                    - {name: 元旦, from: 2027-01-01, to: 2027-01-01}
                  workingWeekends: [2027-01-04]
                """;

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("admin-calendar-upload")), "2027.yaml",
                         weekdayAsWorkingWeekend.getBytes(StandardCharsets.UTF_8));

        NotificationsKt.expectNotifications("文件“2027.yaml”未录入：调休上班日 2027-01-04 不是周六或周日");
        assertThat(context.getBean(CalendarYears.class).years()).isEqualTo(before);
    }

    @Test
    void aWellFormedFileEntersItsYearOnceAndTheCalendarShowsIt() {
        _get(TabSheet.class, spec -> spec.withId("admin-tabs")).setSelectedIndex(1);
        // a year no deadline of the shared district will ever reach
        String arrangement = """
                2099:
                  notice: 国务院办公厅关于2099年部分节假日安排的通知（测试）
                  holidays:
                    - {name: 元旦, from: 2099-01-01, to: 2099-01-03}
                  workingWeekends: [2099-01-04]
                """;
        Upload upload = _get(Upload.class, spec -> spec.withId("admin-calendar-upload"));

        UploadKt._upload(upload, "2099.yaml", arrangement.getBytes(StandardCharsets.UTF_8));

        NotificationsKt.expectNotifications("已录入 2099 年节假日安排");
        assertThat(context.getBean(CalendarYears.class).years()).extracting(YearArrangement::year).contains(2099);
        assertThat(_get(H4.class, spec -> spec.withId("admin-calendar-selected-year")).getText())
                .isEqualTo("2099 年节假日安排");
        assertThat(_get(Span.class, spec -> spec.withId("admin-calendar-working-weekends")).getText())
                .isEqualTo("2099-01-04");
        NotificationsKt.clearNotifications();

        UploadKt._upload(upload, "2099.yaml", arrangement.getBytes(StandardCharsets.UTF_8));

        NotificationsKt.expectNotifications("文件中的安排与已录入的完全相同，无需录入");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCalendarShowsTheYearsItKnowsWithTheirHolidaysAndWorkingWeekends() {
        _get(TabSheet.class, spec -> spec.withId("admin-tabs")).setSelectedIndex(1);
        Grid<YearArrangement> years = _get(Grid.class, spec -> spec.withId("admin-calendar-years"));

        years.select(GridKt._get(years, row(years, year -> ((YearArrangement) year).year() == 2026)));

        assertThat(IntStream.range(0, GridKt._size(years)).mapToObj(i -> GridKt._get(years, i).year()))
                .contains(2025, 2026);
        assertThat(_get(H4.class, spec -> spec.withId("admin-calendar-selected-year")).getText())
                .isEqualTo("2026 年节假日安排");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("admin-calendar-holidays")))).isEqualTo(7);
        assertThat(_get(Span.class, spec -> spec.withId("admin-calendar-working-weekends")).getText())
                .startsWith("2026-01-04、2026-02-14");
    }

    @Test
    @SuppressWarnings("unchecked")
    void rebuildingOneProjectionFromTheViewCompletesAtOneHundredPercent() {
        _get(TabSheet.class, spec -> spec.withId("admin-tabs")).setSelectedIndex(2);

        Grid<ProjectionState> grid = _get(Grid.class, spec -> spec.withId("admin-projections-grid"));
        Predicate<Object> cycles = state -> ((ProjectionState) state).projection().equals("cycles");

        _click(cellButton(grid, cycles, "rebuild", "admin-projection-rebuild-cycles"));
        AuditViewTest.awaitUi(() -> "重建完成".equals(
                _get(Span.class, spec -> spec.withId("admin-projections-status")).getText()), Duration.ofMinutes(2));

        Component percent = GridKt._getCellComponent(grid, row(grid, cycles), "percent");
        assertThat(_get(percent, Span.class, spec -> spec.withId("admin-projection-percent-cycles")).getText())
                .isEqualTo("100 %");
        assertThat(_get(percent, ProgressBar.class, spec -> spec.withId("admin-projection-progress-cycles"))
                           .getValue()).isEqualTo(100.0);
        assertThat(GridKt._getFormattedRow(grid, row(grid, cycles))).contains("已同步");
        assertThat(context.getBean(ProjectionRebuilds.class).progress("cycles").caughtUp()).isTrue();
    }

    /** The button in the grid cell of the first row {@code row} accepts; component columns render no children. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Button cellButton(Grid grid, Predicate<Object> row, String columnKey, String id) {
        return _get(GridKt._getCellComponent(grid, row(grid, row), columnKey), Button.class,
                    spec -> spec.withId(id));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static int row(Grid grid, Predicate<Object> row) {
        return IntStream.range(0, GridKt._size(grid)).filter(i -> row.test(GridKt._get(grid, i))).findFirst()
                        .orElseThrow();
    }

    private UserAccounts accounts() {
        return context.getBean(UserAccounts.class);
    }

    @SuppressWarnings("unchecked")
    private void createUser(String username, String name, Role role, String department, String password) {
        _click(_get(Button.class, spec -> spec.withId("admin-users-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("admin-user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-user-display-name")), name);
        _setValue(_get(Select.class, spec -> spec.withId("admin-user-role")), role);
        _setValue(_get(TextField.class, spec -> spec.withId("admin-user-department")), department);
        _setValue(_get(PasswordField.class, spec -> spec.withId("admin-user-password")), password);
        _click(_get(Button.class, spec -> spec.withId("admin-user-submit")));
    }
}
