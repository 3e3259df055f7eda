package org.greencredit.ui.inspection;

import java.util.List;
import org.greencredit.domain.actor.Actor;
import org.greencredit.projections.inspection.InspectionEntry;

/**
 * 双随机检查发现的问题与违法记录的关联, as the violation form uses it: an inspection result PROBLEM_FOUND recorded
 * before its violation is linked once the officer records the violation. Refusals are
 * {@link org.greencredit.domain.common.RuleViolation}s with the domain's message keys.
 */
public interface InspectionViolationLinks {

    /** The enterprise's PROBLEM_FOUND results of the draws in force with no violation linked, newest period first. */
    List<InspectionEntry> unlinkedProblems(String creditCode);

    /** Links the enterprise's result of {@code period} to the violation {@code violationFactId} of its credit file. */
    void link(String period, String creditCode, String violationFactId, Actor actor);
}
