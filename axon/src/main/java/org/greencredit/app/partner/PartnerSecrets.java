package org.greencredit.app.partner;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.secrets.HmacSha256;
import org.greencredit.app.secrets.LocalSecret;
import org.greencredit.app.startup.StartRefusal;

/**
 * The secrets of partner API clients. A secret is 32 bytes from {@link SecureRandom} (256 bits, written in base64url),
 * shown once and stored only as HMAC-SHA-256 over the client id and the secret, keyed with a key kept outside the
 * read-model store ({@code greencredit.partner.secret-key}, required in production; otherwise
 * {@code <data-dir>/partner-key}, generated once).
 * A slow password hash (bcrypt) would protect guessable passwords; a 256-bit random secret cannot be guessed, so
 * one keyed hash per request (microseconds) is as safe and keeps authentication within the API's latency target.
 * The client id is part of the hashed text, so a hash copied onto another client does not admit it.
 */
public final class PartnerSecrets {

    static final String KEY_FILE = "partner-key";
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final byte[] key;
    private final SecureRandom random = new SecureRandom();

    PartnerSecrets(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** The secrets of the configuration: the configured key, refused when short; required in production. */
    public static PartnerSecrets of(GreenCreditProperties properties, boolean production) {
        return of(properties.partner().secretKey(), production, properties.dataDir().toAbsolutePath().normalize());
    }

    private static PartnerSecrets of(String configured, boolean production, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < 32) {
                throw new StartRefusal("greencredit.partner.secret-key (GREENCREDIT_PARTNER_SECRET_KEY) must have at"
                                       + " least 32 characters", "startup.partnerKey.short", 32);
            }
            return new PartnerSecrets(configured);
        }
        if (production) {
            throw new StartRefusal("The production profile needs the key of the partner secrets' hashes: set "
                                   + "GREENCREDIT_PARTNER_SECRET_KEY (at least 32 characters)",
                                   "startup.partnerKey.missing", 32);
        }
        return new PartnerSecrets(LocalSecret.readOrCreate(dataDir.resolve(KEY_FILE), 48).value());
    }

    /** A new client id: {@code pc-} and 16 random characters. */
    public String newClientId() {
        StringBuilder id = new StringBuilder("pc-");
        for (int i = 0; i < 16; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    public String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash(String clientId, String secret) {
        return HexFormat.of().formatHex(HmacSha256.of(key, clientId + ":" + secret));
    }

    /** Whether {@code secret} is the client's, compared in constant time. */
    public boolean matches(String clientId, String secret, String storedHash) {
        return storedHash != null && MessageDigest.isEqual(hash(clientId, secret).getBytes(StandardCharsets.UTF_8),
                                                           storedHash.getBytes(StandardCharsets.UTF_8));
    }
}
