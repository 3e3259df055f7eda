package org.greencredit.ui.security;

import java.util.List;
import java.util.Optional;
import org.greencredit.domain.actor.Actor;

/**
 * The user accounts. Every change is made by an administrator ({@code by}) and refused with a
 * {@link org.greencredit.domain.common.RuleViolation} otherwise, or when the input is not acceptable: a username
 * of other than 3–32 letters, digits, dots, dashes or underscores, a taken username, a password shorter than
 * {@link #MINIMUM_PASSWORD_LENGTH}, an enterprise user without a valid credit code, a source system without its
 * source (or with self-declaration, which is the enterprises' own), or the SYSTEM role.
 */
public interface UserAccounts {

    int MINIMUM_PASSWORD_LENGTH = 10;

    List<UserAccount> all();

    Optional<UserAccount> find(String username);

    boolean anyAdministrator();

    UserAccount create(NewUserAccount account, Actor by);

    void setEnabled(String username, boolean enabled, Actor by);

    void changePassword(String username, String newPassword, Actor by);
}
