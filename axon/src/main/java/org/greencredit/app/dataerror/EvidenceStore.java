package org.greencredit.app.dataerror;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.dataerror.EvidenceFile;
import org.greencredit.domain.enterprise.CreditCode;
import org.springframework.stereotype.Component;

/**
 * Evidence files of data error reports, under {@code <data-dir>/data-errors/<credit code>/<sha256>}: one copy per
 * enterprise and content, whatever name it was uploaded under (the report's event keeps the name). A file is taken
 * in as a stream, hashed on the way, refused as soon as it passes {@link EvidenceFile#MAX_BYTES}, and checked to be
 * what its name says before it is kept.
 */
@Component
class EvidenceStore {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    EvidenceStore(GreenCreditProperties properties) {
        this.root = properties.dataDir().resolve("data-errors");
    }

    /** A kept file, and whether this call put it there (an identical file kept before is shared, not replaced). */
    record Kept(EvidenceFile file, Path path, boolean created) {
    }

    Kept keep(String creditCode, String fileName, InputStream content) {
        requireName(fileName);
        Path directory = directory(creditCode);
        Path incoming = null;
        try {
            Files.createDirectories(directory);
            incoming = Files.createTempFile(directory, "incoming-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[EvidenceKind.SIGNATURE_BYTES];
            int headLength = 0;
            long size = 0;
            try (InputStream in = new DigestInputStream(content, digest);
                 OutputStream out = Files.newOutputStream(incoming)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    int copied = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copied);
                    headLength += copied;
                    size += read;
                    if (size > EvidenceFile.MAX_BYTES) {
                        throw new RuleViolation("dataError.evidence.tooLarge", fileName,
                                                EvidenceFile.MAX_BYTES / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new RuleViolation("dataError.evidence.empty", fileName);
            }
            byte[] leading = Arrays.copyOf(head, headLength);
            EvidenceKind kind = EvidenceKind.of(fileName, leading).orElseThrow(
                    () -> new RuleViolation("dataError.evidence.type", fileName));
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = directory.resolve(sha256);
            boolean created = !Files.exists(target);
            if (created) {
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Kept(new EvidenceFile(fileName.strip(), sha256, size, kind.mediaType()), target, created);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    /** The bytes of a kept file, if they are there. */
    Optional<Path> file(String creditCode, String sha256) {
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = directory(creditCode).resolve(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Removes a file this store kept for a report that was then refused. */
    void discard(Kept kept) {
        if (kept.created()) {
            deleteQuietly(kept.path());
        }
    }

    private Path directory(String creditCode) {
        if (!CreditCode.isValid(creditCode)) {
            throw new RuleViolation("creditFile.notFound", String.valueOf(creditCode));
        }
        return root.resolve(creditCode);
    }

    private static void requireName(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.length() > EvidenceFile.MAX_NAME_LENGTH
                || fileName.contains("/") || fileName.contains("\\")) {
            throw new RuleViolation("dataError.evidence.name.invalid", EvidenceFile.MAX_NAME_LENGTH);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
