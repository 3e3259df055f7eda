package org.greencredit.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.ui.i18n.LanguageSwitch;

/**
 * 登录: user name and password; Spring Security checks them (form login posting to {@code /login}). A wrong name or
 * password comes back as {@code ?error}; a name locked or an address throttled after too many failures as
 * {@code ?retryAfter=<epoch second>}, which the view tells as the time to try again. The lock applies to names that
 * have no account just the same, so saying so reveals nothing about which accounts exist.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter RETRY_TIME = DateTimeFormatter.ofPattern("HH:mm")
                                                                        .withZone(BusinessDay.DISTRICT_ZONE);

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        Button language = LanguageSwitch.button();
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor publicPage = new Anchor("public", getTranslation("public.title"));
        publicPage.setId("login-public-link");

        add(new H1(getTranslation("app.title")), form, publicPage, language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        Optional<Instant> retryAfter = retryAfter(parameters.getOrDefault("retryAfter", List.of()));
        LoginI18n i18n = i18n();
        retryAfter.ifPresent(until -> {
            i18n.getErrorMessage().setTitle(getTranslation("login.tooManyAttempts.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.tooManyAttempts.message", RETRY_TIME.format(until)));
        });
        form.setI18n(i18n);
        form.setError(parameters.containsKey("error") || retryAfter.isPresent());
    }

    private static Optional<Instant> retryAfter(List<String> values) {
        try {
            return values.stream().findFirst().map(value -> Instant.ofEpochSecond(Long.parseLong(value)));
        } catch (NumberFormatException | DateTimeException notATime) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }
}
