package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.partner.PartnerSecrets;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.projections.partner.PartnerClientSummary;
import org.greencredit.ui.admin.AdminView;
import org.greencredit.ui.audit.AuditView;
import org.greencredit.ui.partner.PartnerClients;
import org.greencredit.ui.partner.PartnerRequests;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The partner panels: an administrator creates and revokes clients, an auditor lists their requests. */
class PartnerViewsTest extends ViewContext {

    private LocalDate today() {
        return LocalDate.now(context.getBean(Clock.class));
    }

    private void openPartnersTab() {
        SignedInUi.open(context, Role.ADMIN);
        UI.getCurrent().navigate(AdminView.class);
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("admin-tabs"));
        tabs.setSelectedIndex(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesAClientAndSeesItsSecretOnce() {
        openPartnersTab();
        _click(_get(Button.class, spec -> spec.withId("admin-partners-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("admin-partner-organisation")), "通州村镇银行");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("admin-partner-scopes")),
                  Set.of(PartnerScope.LOOKUP, PartnerScope.CHANGES));
        _setValue(_get(DatePicker.class, spec -> spec.withId("admin-partner-expires-on")), today().plusMonths(6));
        _click(_get(Button.class, spec -> spec.withId("admin-partner-submit")));

        String clientId = _get(TextField.class, spec -> spec.withId("admin-partner-issued-id")).getValue();
        String secret = _get(TextField.class, spec -> spec.withId("admin-partner-issued-secret")).getValue();
        assertThat(secret).hasSize(43);
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
        _click(_get(Button.class, spec -> spec.withId("admin-partner-issued-done")));

        PartnerClientSummary stored = context.getBean(PartnerClients.class).all().stream()
                                          .filter(client -> client.clientId().equals(clientId)).findFirst()
                                          .orElseThrow();
        assertThat(stored.organisation()).isEqualTo("通州村镇银行");
        assertThat(stored.secretHash()).isNotEqualTo(secret);
        assertThat(context.getBean(PartnerSecrets.class).matches(clientId, secret, stored.secretHash())).isTrue();
        Grid<PartnerClientSummary> grid = _get(Grid.class, spec -> spec.withId("admin-partners-grid"));
        assertThat(GridKt._size(grid)).isPositive();

        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                                            .filter(i -> GridKt._get(grid, i).clientId().equals(clientId)).findFirst()
                                            .orElseThrow();
        _click((Button) GridKt._getCellComponent(grid, row, "actions"));
        NotificationsKt.expectNotifications("已吊销客户端 " + clientId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExpiryInThePastIsRefusedInTheUsersLanguage() {
        openPartnersTab();
        _click(_get(Button.class, spec -> spec.withId("admin-partners-create")));
        _setValue(_get(TextField.class, spec -> spec.withId("admin-partner-organisation")), "通州村镇银行");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("admin-partner-scopes")), Set.of(PartnerScope.BATCH));
        _setValue(_get(DatePicker.class, spec -> spec.withId("admin-partner-expires-on")), today().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("admin-partner-submit")));

        NotificationsKt.expectNotifications("有效期至 " + today().minusDays(1) + " 早于今天（" + today() + "）");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAuditorListsPartnerRequestsByClientAndCreditCode() throws Exception {
        PartnerClients.IssuedClient client = context.getBean(PartnerClients.class).register(
                "审计测试银行", null, Set.of(PartnerScope.LOOKUP), today().plusDays(5), null,
                new Actor("test-admin", Role.ADMIN, "信息中心", null));
        context.getBean(CaughtUp.class).awaitAll(Duration.ofSeconds(30));
        String unknown = TestCreditCodes.code(62_001);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                                     .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/results/" + unknown).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((client.clientId() + ":" + client.secret())
                                                             .getBytes(StandardCharsets.UTF_8))));

        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(AuditView.class);
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("audit-tabs"));
        tabs.setSelectedIndex(3);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-partner-client")), client.clientId());
        Grid<PartnerRequests.Entry> grid = _get(Grid.class, spec -> spec.withId("audit-partner-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("审计测试银行", unknown, "404");

        _setValue(_get(TextField.class, spec -> spec.withId("audit-partner-credit-code")), TestCreditCodes.code(62_002));
        assertThat(GridKt._size(grid)).isZero();
    }
}
