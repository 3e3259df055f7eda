package org.greencredit.app.support;

import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.fact.FactSource;
import org.greencredit.ui.security.NewUserAccount;
import org.greencredit.ui.security.UserAccounts;

/** Users created for a test through the real account store, each with the password {@link #PASSWORD}. */
public final class TestUsers {

    public static final String PASSWORD = "test-password-1";
    private static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);

    private TestUsers() {
    }

    /** Creates the user unless it exists; returns its username. */
    public static String ensure(UserAccounts accounts, String username, Role role, String creditCode) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(new NewUserAccount(username, "测试用户" + username, role,
                                               role == Role.ENTERPRISE ? null : "区生态环境局", creditCode, PASSWORD),
                            ADMIN);
        }
        return username;
    }

    /** Creates the account of a source system bound to {@code source} unless it exists; returns its username. */
    public static String ensureSourceSystem(UserAccounts accounts, String username, FactSource source) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(new NewUserAccount(username, "测试来源系统" + username, Role.SOURCE_SYSTEM, "区生态环境局",
                                               null, source, PASSWORD), ADMIN);
        }
        return username;
    }
}
