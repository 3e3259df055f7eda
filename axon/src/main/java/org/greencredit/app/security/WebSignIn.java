package org.greencredit.app.security;

import org.greencredit.domain.actor.Role;
import org.greencredit.ui.security.SignedInUser;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How the web UI's login form checks a password: like the API, except that the account of a source system
 * (数据来源系统) is refused even with the right password. A source system is a program that submits facts through
 * the intake API; refusing it at sign-in means it never holds a session, so no view — including those open to every
 * signed-in role — can be opened with its credentials. The refusal is reported as a disabled account (the same
 * answer on the form as a wrong password, {@code ACCOUNT_DISABLED} in the audit timeline) and is counted by the
 * sign-in lockout like any other failure.
 */
final class WebSignIn {

    private WebSignIn() {
    }

    static AuthenticationManager authenticationManager(UserDetailsService accounts, PasswordEncoder passwords,
                                                       AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(passwords);
        provider.setUserDetailsService(accounts);
        provider.setPostAuthenticationChecks(user -> {
            if (user instanceof SignedInUser signedIn && signedIn.role() == Role.SOURCE_SYSTEM) {
                throw new DisabledException("A source system signs in to the intake API only");
            }
        });
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
