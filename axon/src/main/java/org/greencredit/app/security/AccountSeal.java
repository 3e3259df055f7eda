package org.greencredit.app.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.bson.Document;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.secrets.HmacSha256;
import org.greencredit.app.secrets.LocalSecret;
import org.greencredit.app.startup.StartRefusal;

/**
 * An HMAC-SHA-256 over the security-relevant fields of a user account (user name, password hash, role, department,
 * credit code, enabled, and a source system's source), stored with the account as {@value #FIELD}. Its key lives
 * outside the read-model store — {@code greencredit.security.account-key} (required in production), otherwise a key
 * generated once into the data directory — so whoever can write to the store but does not hold the key cannot make or
 * change an account that signs in: a changed role, password hash, credit code or source no longer matches its seal.
 */
public final class AccountSeal {

    static final String FIELD = "seal";
    static final List<String> SEALED_FIELDS = List.of("username", "passwordHash", "role", "department", "creditCode",
                                                      "enabled");
    /**
     * Sealed only when present, after the others: accounts sealed before source systems existed have no source, and
     * their seals must still verify without being resealed.
     */
    static final String SOURCE_FIELD = "source";
    static final int MINIMUM_KEY_LENGTH = 32;
    static final String KEY_FILE = "account-key";

    private static final String VERSION = "v1:";

    private final byte[] key;
    private final boolean mayAdoptUnsealed;

    /**
     * @param mayAdoptUnsealed whether accounts that predate seals may be sealed at this start (see
     *                         {@link #of})
     */
    AccountSeal(String key, boolean mayAdoptUnsealed) {
        if (key == null || key.length() < MINIMUM_KEY_LENGTH) {
            throw new StartRefusal("greencredit.security.account-key (GREENCREDIT_ACCOUNT_KEY) must have at least "
                                   + MINIMUM_KEY_LENGTH + " characters", "startup.accountKey.short", MINIMUM_KEY_LENGTH);
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.mayAdoptUnsealed = mayAdoptUnsealed;
    }

    /**
     * The seal of the configuration: the configured key, refused when short; in the production profile a configured
     * key is required; otherwise the key kept in the data directory, generated on first use. Accounts without a seal
     * are adopted (sealed as they are) only once: when the data directory's key is generated at this start — the
     * first start of a release with seals — or when an operator sets {@code greencredit.security.seal-unsealed-accounts}
     * for the one start after an upgrade with a configured key.
     */
    public static AccountSeal of(GreenCreditProperties properties, boolean production) {
        return of(properties.security().accountKey(), properties.security().sealUnsealedAccounts(), production,
                  properties.dataDir().toAbsolutePath().normalize());
    }

    private static AccountSeal of(String configured, boolean adopt, boolean production, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return new AccountSeal(configured, adopt);
        }
        if (production) {
            throw new StartRefusal("The production profile needs the key that seals user accounts: set "
                                   + "GREENCREDIT_ACCOUNT_KEY (at least " + MINIMUM_KEY_LENGTH + " characters)",
                                   "startup.accountKey.missing", MINIMUM_KEY_LENGTH);
        }
        LocalSecret secret = LocalSecret.readOrCreate(dataDir.resolve(KEY_FILE), 48);
        return new AccountSeal(secret.value(), adopt || secret.created());
    }

    String of(Document user) {
        StringBuilder canonical = new StringBuilder();
        for (String field : SEALED_FIELDS) {
            append(canonical, field, user.get(field));
        }
        if (user.get(SOURCE_FIELD) != null) {
            append(canonical, SOURCE_FIELD, user.get(SOURCE_FIELD));
        }
        return VERSION + Base64.getEncoder().encodeToString(HmacSha256.of(key, canonical.toString()));
    }

    boolean verifies(Document user) {
        Object stored = user.get(FIELD);
        return stored instanceof String seal
               && MessageDigest.isEqual(seal.getBytes(StandardCharsets.US_ASCII),
                                        of(user).getBytes(StandardCharsets.US_ASCII));
    }

    boolean mayAdoptUnsealed() {
        return mayAdoptUnsealed;
    }

    private static void append(StringBuilder canonical, String field, Object value) {
        String text = value == null ? "" : value.toString();
        canonical.append(field).append('=').append(kind(value)).append(text.length()).append(':').append(text)
                 .append('\n');
    }

    private static char kind(Object value) {
        if (value == null) {
            return 'n';
        }
        return value instanceof String ? 's' : value instanceof Boolean ? 'b' : 'o';
    }
}
