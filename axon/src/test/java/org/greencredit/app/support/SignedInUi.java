package org.greencredit.app.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Instant;
import org.greencredit.domain.actor.Role;
import org.greencredit.ui.security.SignedInUser;
import org.greencredit.ui.security.UserAccount;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A Karibu-Testing UI of the whole application with a signed-in user, as Spring Security would leave it after the
 * login form: the authentication in the security context and the request's principal and roles, which Vaadin's
 * navigation access control checks on every navigation.
 */
public final class SignedInUi {

    private static Routes routes;

    private SignedInUi() {
    }

    public static SignedInUser open(ApplicationContext context, Role role) {
        return open(context, user(role.name().toLowerCase() + "-user", role, null));
    }

    public static SignedInUser openAsEnterprise(ApplicationContext context, String creditCode) {
        return open(context, user("enterprise-" + creditCode, Role.ENTERPRISE, creditCode));
    }

    public static SignedInUser open(ApplicationContext context, SignedInUser user) {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.greencredit.ui");
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        signIn(user);
        return user;
    }

    public static void close() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    public static SignedInUser user(String username, Role role, String creditCode) {
        String department = role == Role.ENTERPRISE ? null : "区生态环境局";
        UserAccount account = new UserAccount(username, "测试" + username, role, department, creditCode, true,
                                              Instant.parse("2026-01-01T00:00:00Z"), "test");
        return new SignedInUser(account, "{noop}unused");
    }

    private static void signIn(SignedInUser user) {
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                                                       .anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role)));
    }
}
