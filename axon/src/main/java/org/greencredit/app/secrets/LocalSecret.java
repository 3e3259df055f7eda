package org.greencredit.app.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret kept in one file of the data directory, readable and writable by its owner only (POSIX 0600 where the
 * file system has POSIX permissions). Generated from {@link SecureRandom} the first time it is asked for, then read
 * back unchanged at every start.
 */
public final class LocalSecret {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSecret.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
                                                                          PosixFilePermission.OWNER_WRITE);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Path file;
    private final String value;
    private final boolean created;

    private LocalSecret(Path file, String value, boolean created) {
        this.file = file;
        this.value = value;
        this.created = created;
    }

    /** The secret in {@code file}, or a new one of {@code length} random characters written there now. */
    public static LocalSecret readOrCreate(Path file, int length) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                String generated = random(length);
                try {
                    write(file, generated);
                    return new LocalSecret(file, generated, true);
                } catch (FileAlreadyExistsException anotherProcessWasFirst) {
                    // fall through and read what it wrote
                }
            }
            restrictToOwner(file);
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (stored.length() < length) {
                throw new IllegalStateException(file + " holds a secret shorter than " + length
                                                + " characters; delete the file to have a new one generated");
            }
            return new LocalSecret(file, stored, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a secret in " + file, e);
        }
    }

    public String value() {
        return value;
    }

    public Path file() {
        return file;
    }

    /** Whether this start generated the secret (the file did not exist before). */
    public boolean created() {
        return created;
    }

    public static String random(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder secret = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }

    private static void write(Path file, String secret) throws IOException {
        if (posix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, secret + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            LOG.warn("{} was readable by others; it is now readable by its owner only", file);
        }
    }

    private static boolean posix(Path file) {
        return file.toAbsolutePath().getParent().getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
