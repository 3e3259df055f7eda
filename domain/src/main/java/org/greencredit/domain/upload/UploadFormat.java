package org.greencredit.domain.upload;

/** The files of one upload: the same rows three times, and the manifest that describes them. */
public enum UploadFormat {
    XLSX,
    CSV,
    JSON,
    MANIFEST
}
