package org.greencredit.app.upload;

/** A result as one upload carries it: new to the platform or replacing what it holds. */
public record UploadRow(ChangeType changeType, ResultRow result) {
}
