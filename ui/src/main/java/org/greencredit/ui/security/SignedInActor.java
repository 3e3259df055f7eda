package org.greencredit.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.ui.command.CurrentActor;
import org.springframework.stereotype.Component;

/** The signed-in user of the current Vaadin session as the actor of the commands the UI sends. */
@Component
public class SignedInActor implements CurrentActor {

    private final AuthenticationContext authentication;

    public SignedInActor(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public Actor actor() {
        return user().actor();
    }

    public SignedInUser user() {
        return authentication.getAuthenticatedUser(SignedInUser.class)
                             .orElseThrow(() -> new RuleViolation("actor.missing"));
    }

    public void signOut() {
        authentication.logout();
    }
}
