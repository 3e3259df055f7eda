package org.greencredit.domain.dataerror;

import java.util.regex.Pattern;
import org.greencredit.domain.common.RuleViolation;

/**
 * 证明材料: a file an enterprise attached to a data error report, as stored beside the events — its name as
 * uploaded, the SHA-256 of its bytes, its size and its media type. The bytes live in the data directory under
 * their hash; the event records only this description, so the audit trail says exactly which file was sent.
 */
public record EvidenceFile(String name, String sha256, long sizeBytes, String mediaType) {

    public static final int MAX_NAME_LENGTH = 255;
    /** The most files one report may carry. */
    public static final int MAX_FILES = 5;
    /** The largest file, 10 MiB: a scanned decision or a photo, not an archive. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** Refuses a description that cannot be of a stored file. */
    void requireWellFormed() {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH || name.contains("/")
                || name.contains("\\")) {
            throw new RuleViolation("dataError.evidence.name.invalid", MAX_NAME_LENGTH);
        }
        if (sha256 == null || !SHA_256.matcher(sha256).matches() || sizeBytes < 1 || mediaType == null
                || mediaType.isBlank()) {
            throw new RuleViolation("dataError.evidence.invalid", name);
        }
        if (sizeBytes > MAX_BYTES) {
            throw new RuleViolation("dataError.evidence.tooLarge", name, MAX_BYTES / (1024 * 1024));
        }
    }
}
