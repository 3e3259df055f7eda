package org.greencredit.projections.directory;

/** How many enterprises the directory holds whose name contains {@code nameContains} (blank: all). */
public record CountEnterprises(String nameContains) {
}
