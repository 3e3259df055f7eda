package org.greencredit.projections.directory;

import java.time.Instant;

/**
 * One row of the enterprise directory. Profile parts are null for enterprises registered before the full profile
 * was recorded.
 */
public record EnterpriseListing(String creditCode, String name, String subdistrict, String industryCode,
                                String industryName, String managementClass, boolean keyPolluter, boolean inScope,
                                Instant registeredAt) {
}
