package org.greencredit.app.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.domain.common.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Where an uploaded file waits between its preview and its import, under {@code <data-dir>/imports/<id>/}: the
 * file as received, what the preview found, the problem rows of the import and its result. The file is taken in
 * as a stream, counted and hashed on the way, and refused as soon as it passes the size limit.
 */
@Component
class ImportStaging {

    static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String FILE = "file";
    private static final String META = "import.properties";
    private static final String CONFIRMED = "confirmed";

    private final Path root;

    ImportStaging(GreenCreditProperties properties) {
        this.root = properties.dataDir().resolve("imports");
    }

    record Staged(Path file, long size, String sha256) {
    }

    Staged receive(String id, String fileName, InputStream content) {
        Path directory = directory(id);
        try {
            Files.createDirectories(directory);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Path file = directory.resolve(FILE);
            long size = 0;
            try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    size += read;
                    if (size > MAX_BYTES) {
                        throw new RuleViolation("import.file.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw new RuleViolation("import.file.empty", fileName);
            }
            return new Staged(file, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException refused) {
            discard(id);
            throw refused;
        }
    }

    Path file(String id) {
        return directory(id).resolve(FILE);
    }

    Path problems(String id) {
        return directory(id).resolve("problems.jsonl");
    }

    void writeMeta(String id, Properties meta) {
        try (Writer out = Files.newBufferedWriter(directory(id).resolve(META), StandardCharsets.UTF_8)) {
            meta.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Properties meta(String id) {
        Path file = directory(id).resolve(META);
        if (!Files.exists(file)) {
            throw new RuleViolation("import.notFound", id);
        }
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            meta.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return meta;
    }

    /** Marks a preview as confirmed, exactly once, even when two requests confirm it at the same moment. */
    void markConfirmed(String id) {
        try {
            Files.createFile(directory(id).resolve(CONFIRMED));
        } catch (FileAlreadyExistsException twice) {
            throw new RuleViolation("import.alreadyConfirmed", id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void discard(String id) {
        Path directory = directory(id);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path directory(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new RuleViolation("import.notFound", String.valueOf(id));
        }
        return root.resolve(id);
    }
}
