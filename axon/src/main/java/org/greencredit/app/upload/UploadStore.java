package org.greencredit.app.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.upload.UploadFile;
import org.greencredit.domain.upload.api.ResultsUploadProduced;

/**
 * Where produced uploads are kept, under {@code <data-dir>/uploads/<upload id>/}: the files as produced, served
 * again on download and read again when the next incremental upload is compared with what was carried. A kept file
 * is only used when its SHA-256 is the one its event recorded, so a file changed or lost on disk is reported,
 * never sent or built upon.
 */
class UploadStore {

    private final Path root;

    UploadStore(Path root) {
        this.root = root;
    }

    void write(String uploadId, String fileName, byte[] content) {
        try {
            Path directory = root.resolve(uploadId);
            Files.createDirectories(directory);
            Files.write(directory.resolve(fileName), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kept file, checked against what the upload's event says of it. */
    byte[] read(ResultsUploadProduced upload, UploadFile file) {
        Path path = root.resolve(upload.uploadId()).resolve(file.name());
        try {
            byte[] content = Files.readAllBytes(path);
            if (content.length != file.sizeBytes() || !sha256(content).equals(file.sha256())) {
                throw new RuleViolation("upload.keptFile.damaged", file.name());
            }
            return content;
        } catch (IOException missing) {
            throw new RuleViolation("upload.keptFile.damaged", file.name());
        }
    }

    /** Removes the files of an upload that was refused: no event names them. */
    void discard(String uploadId) {
        Path directory = root.resolve(uploadId);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
