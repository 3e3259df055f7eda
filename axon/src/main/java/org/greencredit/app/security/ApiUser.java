package org.greencredit.app.security;

import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.ui.security.SignedInUser;
import org.springframework.security.core.Authentication;

/** The user an API request authenticated as, as the actor of the commands it sends. */
public final class ApiUser {

    private ApiUser() {
    }

    public static SignedInUser of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new RuleViolation("actor.missing");
    }

    public static Actor actor(Authentication authentication) {
        return of(authentication).actor();
    }
}
