package org.greencredit.domain.upload;

/** One produced file as kept: its name for download, its format, its size and its SHA-256 (lower-case hex). */
public record UploadFile(String name, UploadFormat format, long sizeBytes, String sha256) {
}
