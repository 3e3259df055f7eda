package org.greencredit.ui.publicpage;

import java.time.LocalDate;

/**
 * An enterprise as the public search lists it: credit code, name and street (business registration data, no person),
 * whether it is in evaluation scope, and its grade in force with since when — none once it has left scope.
 */
public record PublicEnterprise(String creditCode, String name, String subdistrict, boolean inScope, String grade,
                               LocalDate gradeSince) {
}
