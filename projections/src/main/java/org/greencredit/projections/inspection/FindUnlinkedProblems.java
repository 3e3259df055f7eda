package org.greencredit.projections.inspection;

/**
 * The enterprise's results of the draws in force that found a problem (PROBLEM_FOUND) and name no violation yet,
 * newest period first — what the violation form offers to link the violation to.
 */
public record FindUnlinkedProblems(String creditCode) {
}
