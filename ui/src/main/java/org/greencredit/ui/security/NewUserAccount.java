package org.greencredit.ui.security;

import org.greencredit.domain.actor.Role;

/** What an administrator enters to create a user account; the password is only ever stored hashed. */
public record NewUserAccount(String username, String displayName, Role role, String department, String creditCode,
                             String password) {
}
