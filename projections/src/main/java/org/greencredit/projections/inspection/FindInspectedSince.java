package org.greencredit.projections.inspection;

import java.time.LocalDate;

/** The enterprises inspected (a result other than NOT_INSPECTED) on or after a day: the draw's recent window. */
public record FindInspectedSince(LocalDate since) {
}
