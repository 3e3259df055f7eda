package org.greencredit.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.support.SignedInUi;
import org.greencredit.app.support.ViewContext;
import org.greencredit.domain.access.SignInChannel;
import org.greencredit.domain.access.SignInFailure;
import org.greencredit.domain.access.api.AccountLockedOut;
import org.greencredit.domain.access.api.SignInFailed;
import org.greencredit.domain.actor.Role;
import org.greencredit.projections.audit.AuditEntry;
import org.greencredit.ui.audit.AuditView;
import org.greencredit.ui.i18n.ChineseByDefault;
import org.greencredit.ui.i18n.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sign-ins in the audit timeline and the login view's answer to a locked name, in both languages. */
class SignInViewsTest extends ViewContext {

    private static final Instant LOCKED_UNTIL = Instant.parse("2026-12-05T01:16:00Z");

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTimelineTellsFailuresAndLockoutsInChineseAndEnglish() {
        EventGateway events = context.getBean(EventGateway.class);
        events.publish(GenericEventMessage.asEventMessage(new SignInFailed(
                "timeline-guess", "192.0.2.7", SignInChannel.BASIC, SignInFailure.BAD_CREDENTIALS)));
        events.publish(GenericEventMessage.asEventMessage(new AccountLockedOut(
                "timeline-guess", "192.0.2.7", SignInChannel.FORM, 5, LOCKED_UNTIL)));
        context.getBean(CaughtUp.class).awaitAll(Duration.ofMinutes(1));

        SignedInUi.open(context, Role.AUDITOR);
        Grid<AuditEntry> grid = timelineOf("timeline-guess");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("登录失败", "timeline-guess", "接口（HTTP Basic） · 192.0.2.7 · 用户名或密码错误");
        assertThat(GridKt._getFormattedRow(grid, 1))
                .contains("账户临时锁定", "登录页 · 192.0.2.7 · 锁定至 2026-12-05 09:16:00");

        ChineseByDefault.choose(Translations.ENGLISH);
        grid = timelineOf("timeline-guess");
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("Sign-in failed", "API (HTTP Basic) · 192.0.2.7 · Wrong user name or password");
        assertThat(GridKt._getFormattedRow(grid, 1))
                .contains("Account locked for a while", "Login page · 192.0.2.7 · locked until 2026-12-05 09:16:00");
    }

    @Test
    void theLoginViewSaysWhenALockedNameMayTryAgain() {
        SignedInUi.open(context, Role.AUDITOR);
        LoginForm form = loginFormAt(QueryParameters.of("retryAfter", String.valueOf(LOCKED_UNTIL.getEpochSecond())));
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("登录尝试次数过多", "请于 09:16 后再试");

        ChineseByDefault.choose(Translations.ENGLISH);
        form = loginFormAt(QueryParameters.of("retryAfter", String.valueOf(LOCKED_UNTIL.getEpochSecond())));
        assertThat(i18n(form)).contains("Too many sign-in attempts", "try again after 09:16");

        form = loginFormAt(QueryParameters.of("error", ""));
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Incorrect user name or password").doesNotContain("Too many");
    }

    /** The texts the form shows, as the component hands them to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static LoginForm loginFormAt(QueryParameters parameters) {
        UI.getCurrent().navigate("login", parameters);
        return _get(LoginForm.class, spec -> spec.withId("login-form"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> timelineOf(String username) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(AuditView.class);
        _get(TabSheet.class, spec -> spec.withId("audit-tabs")).setSelectedIndex(2);
        _setValue(_get(TextField.class, spec -> spec.withId("audit-timeline-actor")), username);
        return _get(Grid.class, spec -> spec.withId("audit-timeline-grid"));
    }
}
