package org.greencredit.domain.indicator;

/** 评价程序 settings: which period a cycle evaluates and how many working days each step takes. */
public record EvaluationRules(String period, int disclosureWorkingDays, String objectionUntil, int reviewWorkingDays,
                              int publishWithinWorkingDays, int declarationWorkingDays, int verificationWorkingDays) {
}
