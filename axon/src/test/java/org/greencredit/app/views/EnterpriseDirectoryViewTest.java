package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.domain.actor.Role;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.ui.directory.EnterpriseDirectoryView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory view on the server side (Karibu-Testing), against the whole application. */
class EnterpriseDirectoryViewTest extends ViewContext {

    @BeforeEach
    void openUi() {
        SignedInUi.open(context, Role.OFFICER);
        UI.getCurrent().navigate(EnterpriseDirectoryView.class);
    }

    @Test
    void speaksChineseByDefault() {
        assertThat(_get(H2.class, spec -> spec.withText("企业名录")).getText()).isEqualTo("企业名录");
        assertThat(_get(Button.class, spec -> spec.withId("directory-register")).getText()).isEqualTo("登记企业");
    }

    @Test
    @SuppressWarnings("unchecked")
    void registeringAnEnterpriseListsIt() {
        String code = TestCreditCodes.code(9001);

        register(9001, "通州区视图测试食品有限公司");

        NotificationsKt.expectNotifications("已登记：通州区视图测试食品有限公司");
        Grid<EnterpriseListing> grid = _get(Grid.class, spec -> spec.withId("directory-grid"));
        RunningApplication.await(() -> rows(grid).stream().anyMatch(row -> row.creditCode().equals(code)),
                                 Duration.ofSeconds(20), "the row to appear");
        assertThat(rows(grid)).filteredOn(row -> row.creditCode().equals(code))
                              .extracting(EnterpriseListing::name).containsExactly("通州区视图测试食品有限公司");
    }

    @Test
    void aRefusalNamesTheFieldInChinese() {
        _click(_get(Button.class, spec -> spec.withId("directory-register")));
        _setValue(_get(TextField.class, spec -> spec.withId("register-credit-code")), TestCreditCodes.code(9003));
        _setValue(_get(TextField.class, spec -> spec.withId("register-name")), "缺日期企业");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        NotificationsKt.expectNotifications("请填写成立日期");
    }

    @Test
    void registeringTheSameCodeTwiceIsRefusedWithATranslatedReason() {
        String code = TestCreditCodes.code(9002);
        register(9002, "第一家");
        NotificationsKt.clearNotifications();

        register(9002, "第二家");

        NotificationsKt.expectNotifications("统一社会信用代码 " + code + " 已登记，不能重复登记");
    }

    @Test
    void anEnterpriseUserIsRefusedTheDirectory() {
        SignedInUi.close();
        SignedInUi.openAsEnterprise(context, TestCreditCodes.code(9004));

        UI.getCurrent().navigate(EnterpriseDirectoryView.class);

        LocatorJ._assertNone(EnterpriseDirectoryView.class);
        assertThat(_get(H2.class, spec -> spec.withId("access-denied")).getText()).isEqualTo("您的角色无权访问此页面。");
    }

    private static java.util.List<EnterpriseListing> rows(Grid<EnterpriseListing> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @SuppressWarnings("unchecked")
    private void register(int number, String name) {
        RegisterEnterprise command = TestEnterprises.registration(number, name);
        EnterpriseProfile profile = command.profile();
        _click(_get(Button.class, spec -> spec.withId("directory-register")));
        _setValue(_get(TextField.class, spec -> spec.withId("register-credit-code")), command.creditCode());
        _setValue(_get(TextField.class, spec -> spec.withId("register-name")), name);
        _setValue(_get(DatePicker.class, spec -> spec.withId("register-established-on")), command.establishedOn());
        _setValue(_get(Select.class, spec -> spec.withId("register-subdistrict")), profile.subdistrict());
        _setValue(_get(TextField.class, spec -> spec.withId("register-industry-code")), profile.industry().code());
        _setValue(_get(TextField.class, spec -> spec.withId("register-industry-name")), profile.industry().name());
        _setValue(_get(TextField.class, spec -> spec.withId("register-address")), profile.address());
        _setValue(_get(Select.class, spec -> spec.withId("register-management-class")), profile.managementClass());
        _setValue(_get(TextField.class, spec -> spec.withId("register-permit-number")), profile.permitNumber());
        _setValue(_get(TextField.class, spec -> spec.withId("register-contact-name")), profile.contact().name());
        _setValue(_get(TextField.class, spec -> spec.withId("register-contact-phone")), profile.contact().phone());
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
    }
}
