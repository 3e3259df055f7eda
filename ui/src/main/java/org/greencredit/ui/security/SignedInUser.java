package org.greencredit.ui.security;

import java.util.List;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.fact.FactSource;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The authenticated principal: a user account with its one role, department, for an enterprise user the credit
 * code it is bound to, and for a source system the source it submits facts of. Its {@link #actor()} goes into the metadata of every command the user sends.
 */
public class SignedInUser extends User {

    private final String displayName;
    private final Role role;
    private final String department;
    private final String creditCode;
    private final FactSource source;

    public SignedInUser(UserAccount account, String passwordHash) {
        super(account.username(), passwordHash, account.enabled(), true, true, true,
              List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.displayName = account.displayName();
        this.role = account.role();
        this.department = account.department();
        this.creditCode = account.creditCode();
        this.source = account.source();
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

    /** The source a source system is bound to; {@code null} for everyone else. */
    public FactSource source() {
        return source;
    }

    public Actor actor() {
        return new Actor(getUsername(), role, department, creditCode, source);
    }

    /**
     * Whether this user may see the credit file of {@code fileCreditCode}: staff all, an enterprise its own, a source
     * system none (it submits facts and reads nothing).
     */
    public boolean maySee(String fileCreditCode) {
        return switch (role) {
            case ENTERPRISE -> fileCreditCode.equals(creditCode);
            case SOURCE_SYSTEM -> false;
            default -> true;
        };
    }
}
