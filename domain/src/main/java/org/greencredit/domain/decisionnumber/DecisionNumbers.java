package org.greencredit.domain.decisionnumber;

/**
 * 处罚决定书文号 already used in the district. The application answers from the event store itself (does a claim
 * stream for the number exist?), so the answer can never drift from what is stored.
 */
public interface DecisionNumbers {

    boolean isClaimed(String decisionNo);
}
