package org.greencredit.projections.trial;

import java.time.LocalDate;
import org.greencredit.domain.trial.TrialPopulation;

/**
 * The enterprises of a 试评价 population with their resolved facts; with {@code inForceOn} also each one's decision in
 * force on that day (the baseline "grades in force"), otherwise none.
 */
public record FindTrialPopulation(TrialPopulation population, LocalDate inForceOn) {
}
