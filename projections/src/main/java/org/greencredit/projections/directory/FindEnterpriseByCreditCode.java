package org.greencredit.projections.directory;

/** The directory row of one enterprise, or {@code null} when the directory does not (yet) hold it. */
public record FindEnterpriseByCreditCode(String creditCode) {
}
