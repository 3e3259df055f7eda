package org.greencredit.domain.creditfile.api;

/**
 * Why a decision was made: {@code cause} is GRADING, REVIEW, PUBLICATION, NEW_FACT, CORRECTION or REPAIR;
 * {@code reference} names the cycle, fact, application or decision it concerns.
 */
public record DecisionTrigger(String cause, String reference) {

    public static final String GRADING = "GRADING";
    public static final String REVIEW = "REVIEW";
    public static final String PUBLICATION = "PUBLICATION";
    public static final String NEW_FACT = "NEW_FACT";
    public static final String CORRECTION = "CORRECTION";
    public static final String REPAIR = "REPAIR";
}
