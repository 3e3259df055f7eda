package org.greencredit.ui.security;

import java.time.Instant;
import org.greencredit.domain.actor.Role;

/** 用户账号: who may sign in, with one role, a department, and for an enterprise user its credit code. */
public record UserAccount(String username, String displayName, Role role, String department, String creditCode,
                          boolean enabled, Instant createdAt, String createdBy) {
}
