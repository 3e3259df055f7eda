package org.greencredit.ui.security;

import java.util.List;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The authenticated principal: a user account with its one role, department and, for an enterprise user, the
 * credit code it is bound to. Its {@link #actor()} goes into the metadata of every command the user sends.
 */
public class SignedInUser extends User {

    private final String displayName;
    private final Role role;
    private final String department;
    private final String creditCode;

    public SignedInUser(UserAccount account, String passwordHash) {
        super(account.username(), passwordHash, account.enabled(), true, true, true,
              List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.displayName = account.displayName();
        this.role = account.role();
        this.department = account.department();
        this.creditCode = account.creditCode();
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String department() {
        return department;
    }

    /** The credit code an enterprise user is bound to; {@code null} for staff. */
    public String creditCode() {
        return creditCode;
    }

    public Actor actor() {
        return new Actor(getUsername(), role, department, creditCode);
    }

    /** Whether this user may see the credit file of {@code fileCreditCode}: staff all, an enterprise its own. */
    public boolean maySee(String fileCreditCode) {
        return role != Role.ENTERPRISE || fileCreditCode.equals(creditCode);
    }
}
