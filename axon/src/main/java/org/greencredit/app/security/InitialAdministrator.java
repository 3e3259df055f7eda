package org.greencredit.app.security;

import java.util.Set;
import org.greencredit.app.secrets.LocalSecret;
import org.greencredit.app.startup.StartRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator when no enabled administrator exists. The password comes from configuration
 * ({@code greencredit.security.initial-admin.password}, normally the environment variable
 * {@code GREENCREDIT_ADMIN_PASSWORD}); none is in the repository. Where none is configured, the embedded default
 * generates one and prints it once; the production profile refuses to start without one, or with one that is
 * short or a well-known default.
 */
public class InitialAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);
    private static final Set<String> WELL_KNOWN = Set.of("admin", "administrator", "password", "changeit",
                                                         "changeme", "12345678", "123456789", "1234567890",
                                                         "admin123", "admin1234", "password1", "qwertyuiop",
                                                         "greencredit", "green-credit");
    private static final int PRODUCTION_MINIMUM_LENGTH = 12;
    private static final int GENERATED_PASSWORD_LENGTH = 16;

    private final MongoUserAccounts accounts;
    private final String username;
    private final String configuredPassword;

    public InitialAdministrator(MongoUserAccounts accounts, String username, String configuredPassword,
                                boolean production) {
        this.accounts = accounts;
        this.username = username;
        this.configuredPassword = configuredPassword == null ? "" : configuredPassword;
        if (production) {
            requireStrong(this.configuredPassword);
        }
    }

    public void ensure() {
        if (accounts.anyAdministrator() || accounts.find(username).isPresent()) {
            return;
        }
        if (!configuredPassword.isEmpty()) {
            accounts.createInitialAdministrator(username, configuredPassword);
            LOG.info("Initial administrator '{}' created with the configured password", username);
            return;
        }
        String generated = LocalSecret.random(GENERATED_PASSWORD_LENGTH);
        accounts.createInitialAdministrator(username, generated);
        LOG.warn("""

                ==================================================================
                 Initial administrator created:  {}  /  {}
                 This password is shown only now. Sign in and change it, or set
                 GREENCREDIT_ADMIN_PASSWORD before the first start.
                ==================================================================""", username, generated);
    }

    private static void requireStrong(String password) {
        if (password.isEmpty()) {
            throw new StartRefusal("The production profile needs the first administrator's password: set "
                                   + "GREENCREDIT_ADMIN_PASSWORD (at least " + PRODUCTION_MINIMUM_LENGTH + " characters)",
                                   "startup.adminPassword.missing", PRODUCTION_MINIMUM_LENGTH);
        }
        if (password.length() < PRODUCTION_MINIMUM_LENGTH || WELL_KNOWN.contains(password.toLowerCase())) {
            throw new StartRefusal("The production profile refuses this administrator password: it is a "
                                   + "well-known default or shorter than " + PRODUCTION_MINIMUM_LENGTH + " characters",
                                   "startup.adminPassword.weak", PRODUCTION_MINIMUM_LENGTH);
        }
    }
}
