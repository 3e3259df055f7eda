package org.greencredit.domain.intake;

/**
 * One column of an import layout: its key (the English attribute key, also accepted as a header), its Chinese
 * header, whether a file must have it, the text of the worked example, and what it holds in words (Chinese).
 */
public record ImportColumn(String key, String header, boolean required, String example, String description) {
}
