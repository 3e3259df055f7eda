package org.greencredit.domain.trial;

/** One enterprise's result in a trial: the baseline (null when it has no grade in force) and the trial version. */
public record TrialOutcome(String creditCode, Scored baseline, Scored candidate, Movement movement) {
}
