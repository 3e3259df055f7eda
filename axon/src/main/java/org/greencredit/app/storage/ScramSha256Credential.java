package org.greencredit.app.storage;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.greencredit.app.secrets.HmacSha256;

/**
 * The server's side of one user's SCRAM-SHA-256 credential (RFC 5802, RFC 7677): salt, iteration count, stored key
 * and server key. The password itself is not kept. The salt is drawn anew at every start, which SCRAM allows: the
 * client derives its keys from whatever salt the server sends.
 */
final class ScramSha256Credential {

    /** MongoDB's default for SCRAM-SHA-256 ({@code scramSHA256IterationCount}). */
    static final int ITERATIONS = 15_000;

    private final String username;
    private final byte[] salt;
    private final byte[] storedKey;
    private final byte[] serverKey;

    private ScramSha256Credential(String username, byte[] salt, byte[] storedKey, byte[] serverKey) {
        this.username = username;
        this.salt = salt;
        this.storedKey = storedKey;
        this.serverKey = serverKey;
    }

    /**
     * The credential for {@code password}, which must be printable ASCII: MongoDB's drivers SASLprep the password
     * first, and for printable ASCII that changes nothing, so no SASLprep is needed on this side.
     */
    static ScramSha256Credential of(String username, String password) {
        if (!password.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new IllegalArgumentException("the read-model store's password must be printable ASCII without blanks");
        }
        byte[] salt = new byte[28];
        new SecureRandom().nextBytes(salt);
        try {
            SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] salted = pbkdf2.generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256))
                                  .getEncoded();
            byte[] clientKey = HmacSha256.of(salted, "Client Key");
            return new ScramSha256Credential(username, salt, sha256(clientKey), HmacSha256.of(salted, "Server Key"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        }
    }

    String username() {
        return username;
    }

    String encodedSalt() {
        return Base64.getEncoder().encodeToString(salt);
    }

    /** Whether {@code proof} proves knowledge of the password for this exchange's {@code authMessage}. */
    boolean accepts(byte[] proof, String authMessage) {
        byte[] clientSignature = HmacSha256.of(storedKey, authMessage);
        if (proof.length != clientSignature.length) {
            return false;
        }
        byte[] clientKey = new byte[proof.length];
        for (int i = 0; i < proof.length; i++) {
            clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
        }
        return MessageDigest.isEqual(sha256(clientKey), storedKey);
    }

    byte[] serverSignature(String authMessage) {
        return HmacSha256.of(serverKey, authMessage);
    }


    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
