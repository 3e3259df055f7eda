package org.greencredit.projections.directory;

import java.time.Instant;

/** One row of the enterprise directory. */
public record EnterpriseListing(String creditCode, String name, Instant registeredAt) {
}
