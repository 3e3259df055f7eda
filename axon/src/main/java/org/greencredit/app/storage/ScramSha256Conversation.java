package org.greencredit.app.storage;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The server's half of one SCRAM-SHA-256 exchange (RFC 5802 §5, as MongoDB runs it over {@code saslStart} and
 * {@code saslContinue}): client-first → server-first, client-final → server-final. Channel binding is not offered
 * (gs2 header {@code n,,} or {@code y,,}). Any malformed or wrong message fails the whole exchange.
 */
final class ScramSha256Conversation {

    private final ScramSha256Credential credential;
    private String clientFirstBare;
    private String serverFirst;
    private String gs2Header;
    private String nonce;
    private boolean proven;

    ScramSha256Conversation(ScramSha256Credential credential) {
        this.credential = credential;
    }

    /** The server-first message, or empty when the client-first message is malformed or names another user. */
    Optional<byte[]> start(byte[] clientFirst) {
        String message = new String(clientFirst, StandardCharsets.UTF_8);
        if (!(message.startsWith("n,,") || message.startsWith("y,,"))) {
            return Optional.empty();
        }
        gs2Header = message.substring(0, 3);
        clientFirstBare = message.substring(3);
        String[] parts = clientFirstBare.split(",", -1);
        if (parts.length < 2 || !parts[0].startsWith("n=") || !parts[1].startsWith("r=") || parts[1].length() < 3) {
            return Optional.empty();
        }
        String username = parts[0].substring(2).replace("=2C", ",").replace("=3D", "=");
        if (!username.equals(credential.username())) {
            return Optional.empty();
        }
        byte[] serverNonce = new byte[24];
        new SecureRandom().nextBytes(serverNonce);
        nonce = parts[1].substring(2) + Base64.getEncoder().encodeToString(serverNonce);
        serverFirst = "r=" + nonce + ",s=" + credential.encodedSalt() + ",i=" + ScramSha256Credential.ITERATIONS;
        return Optional.of(serverFirst.getBytes(StandardCharsets.UTF_8));
    }

    /** The server-final message, or empty when the proof is wrong or the message malformed. */
    Optional<byte[]> finish(byte[] clientFinal) {
        if (serverFirst == null || proven) {
            return Optional.empty();
        }
        String message = new String(clientFinal, StandardCharsets.UTF_8);
        int proofAt = message.lastIndexOf(",p=");
        if (proofAt < 0) {
            return Optional.empty();
        }
        String withoutProof = message.substring(0, proofAt);
        String[] parts = withoutProof.split(",", -1);
        String expectedBinding = "c=" + Base64.getEncoder().encodeToString(gs2Header.getBytes(StandardCharsets.UTF_8));
        if (parts.length < 2 || !parts[0].equals(expectedBinding) || !parts[1].equals("r=" + nonce)) {
            return Optional.empty();
        }
        byte[] proof;
        try {
            proof = Base64.getDecoder().decode(message.substring(proofAt + 3));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
        if (!credential.accepts(proof, authMessage)) {
            return Optional.empty();
        }
        proven = true;
        String serverFinal = "v=" + Base64.getEncoder().encodeToString(credential.serverSignature(authMessage));
        return Optional.of(serverFinal.getBytes(StandardCharsets.UTF_8));
    }

    boolean proven() {
        return proven;
    }
}
