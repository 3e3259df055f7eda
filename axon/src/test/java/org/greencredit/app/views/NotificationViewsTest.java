package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.cycle.api.OpenCycle;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.ui.notify.EnterpriseNotification;
import org.greencredit.ui.notify.EnterpriseNotifications;
import org.greencredit.ui.notify.NotificationsView;
import org.greencredit.ui.webhook.SubscriptionsView;
import org.greencredit.ui.webhook.WebhookSubscription;
import org.greencredit.ui.webhook.WebhookSubscriptions;
import org.junit.jupiter.api.Test;

/**
 * The enterprise's notification list and the partners' webhook subscriptions on the server side
 * (Karibu-Testing), against the shared application: the notifications come from the real events through the
 * notification processor.
 */
class NotificationViewsTest extends ViewContext {

    @Test
    @SuppressWarnings("unchecked")
    void anEnterpriseSeesItsNotificationsMarksThemReadAndGivesAnAddress() {
        String code = TestCreditCodes.code(11040);
        send(TestEnterprises.registration(11040, "消息通知测试企业"));
        send(new OpenCycle("VIEWS-NOTIFY-1", BusinessDay.today(context.getBean(Clock.class)).getYear(),
                           "消息测试批次", List.of(code), DefaultIndicatorSystem.SYSTEM, DefaultIndicatorSystem.VERSION));
        EnterpriseNotifications notifications = context.getBean(EnterpriseNotifications.class);
        Actor actor = Actor.enterprise("enterprise-" + code, code);
        RunningApplication.await(() -> !notifications.recent(actor, 10).isEmpty(), Duration.ofSeconds(30),
                                 "the notification of the opened evaluation");
        EnterpriseNotification opened = notifications.recent(actor, 10).get(0);
        long unread = notifications.unread(actor);

        SignedInUi.openAsEnterprise(context, code);
        UI.getCurrent().navigate(NotificationsView.class);

        assertThat(_get(Button.class, spec -> spec.withId("notifications-bell")).getText()).isEqualTo("消息 " + unread);
        Grid<EnterpriseNotification> grid = _get(Grid.class, spec -> spec.withId("notifications-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0).get(1))
                .isEqualTo("评价周期 VIEWS-NOTIFY-1 已开启，自行申报截止日期为 " + opened.arguments().get(1));
        assertThat(GridKt._getFormattedRow(grid, 0).get(2)).isEqualTo("未读");

        _click(_get(Button.class, spec -> spec.withId("notifications-read-all")));
        assertThat(notifications.unread(actor)).isZero();
        assertThat(GridKt._getFormattedRow(grid, 0).get(2)).isEqualTo("已读");

        EmailField email = _get(EmailField.class, spec -> spec.withId("notifications-email"));
        _setValue(email, "not-an-address");
        _click(_get(Button.class, spec -> spec.withId("notifications-save")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("电子邮件地址 not-an-address 格式不正确");
        assertThat(notifications.settings(actor).email()).isEmpty();

        _setValue(email, "boss@example.com");
        _click(_get(Button.class, spec -> spec.withId("notifications-save")));
        assertThat(notifications.settings(actor).email()).isEqualTo("boss@example.com");
    }

    @Test
    void anOfficerIsRefusedTheNotificationListAndHasNoBell() {
        SignedInUi.open(context, Role.OFFICER);

        UI.getCurrent().navigate(NotificationsView.class);

        _assertNone(NotificationsView.class);
        _get(H2.class, spec -> spec.withId("access-denied"));
        _assertNone(Button.class, spec -> spec.withId("notifications-bell"));
    }

    @Test
    void aPartnerSubscribesWithAPublicHttpsUrlAndIsToldWhatItRefuses() {
        String code = TestCreditCodes.code(11041);
        send(TestEnterprises.registration(11041, "推送订阅测试企业"));
        QueryGateway queries = context.getBean(QueryGateway.class);
        RunningApplication.await(() -> queries.query(new FindEnterpriseByCreditCode(code), EnterpriseListing.class)
                                              .join() != null, Duration.ofSeconds(30), "the directory row");
        SignedInUi.open(context, Role.PARTNER);
        UI.getCurrent().navigate(SubscriptionsView.class);
        TextField url = _get(TextField.class, spec -> spec.withId("subscriptions-url"));
        TextArea codes = _get(TextArea.class, spec -> spec.withId("subscriptions-codes"));
        Button subscribe = _get(Button.class, spec -> spec.withId("subscriptions-subscribe"));

        _setValue(url, "https://127.0.0.1/hook");
        _setValue(codes, code);
        _click(subscribe);
        assertThat(url.getErrorMessage()).isEqualTo("推送地址的主机 127.0.0.1 解析为内网、本机或保留地址 127.0.0.1，不允许推送");

        _setValue(url, "https://203.0.113.10/hook");
        _setValue(codes, code + "\n91110112MA0000004F");
        _click(subscribe);
        assertThat(codes.getErrorMessage()).isEqualTo("以下统一社会信用代码没有登记的企业：91110112MA0000004F");

        _setValue(codes, code);
        _click(subscribe);
        String secretText = _get(Paragraph.class, spec -> spec.withId("subscriptions-secret")).getText();
        assertThat(secretText).contains("whsec_");
        WebhookSubscriptions subscriptions = context.getBean(WebhookSubscriptions.class);
        Actor partner = SignedInUi.user("partner-user", Role.PARTNER, null).actor();
        assertThat(subscriptions.visible(partner)).extracting(WebhookSubscription::creditCodes)
                                                  .contains(List.of(code));

        SignedInUi.close();
        SignedInUi.open(context, Role.AUDITOR);
        UI.getCurrent().navigate(SubscriptionsView.class);
        _assertNone(TextField.class, spec -> spec.withId("subscriptions-url"));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("subscriptions-grid")))).isPositive();
    }

    @Test
    void anEnterpriseIsRefusedTheSubscriptions() {
        SignedInUi.openAsEnterprise(context, TestCreditCodes.code(11040));

        UI.getCurrent().navigate(SubscriptionsView.class);

        _assertNone(SubscriptionsView.class);
        _get(H2.class, spec -> spec.withId("access-denied"));
    }

    private void send(Object command) {
        context.getBean(CommandGateway.class).sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(TestEnterprises.OFFICER.asMetaData()));
    }
}
