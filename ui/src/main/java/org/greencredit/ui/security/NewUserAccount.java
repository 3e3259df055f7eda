package org.greencredit.ui.security;

import org.greencredit.domain.actor.Role;
import org.greencredit.domain.fact.FactSource;

/**
 * What an administrator enters to create a user account; the password is only ever stored hashed. An enterprise
 * user names its credit code, a source system (数据来源系统) the one source whose facts it submits.
 */
public record NewUserAccount(String username, String displayName, Role role, String department, String creditCode,
                             FactSource source, String password) {

    /** An account bound to no source: everyone but a source system. */
    public NewUserAccount(String username, String displayName, Role role, String department, String creditCode,
                          String password) {
        this(username, displayName, role, department, creditCode, null, password);
    }
}
