package org.greencredit.ui.security;

import java.time.Instant;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.fact.FactSource;

/**
 * 用户账号: who may sign in, with one role, a department, for an enterprise user its credit code, and for a source
 * system (数据来源系统) the source whose facts it submits.
 */
public record UserAccount(String username, String displayName, Role role, String department, String creditCode,
                          FactSource source, boolean enabled, Instant createdAt, String createdBy) {

    /** An account bound to no source: everyone but a source system. */
    public UserAccount(String username, String displayName, Role role, String department, String creditCode,
                       boolean enabled, Instant createdAt, String createdBy) {
        this(username, displayName, role, department, creditCode, null, enabled, createdAt, createdBy);
    }
}
