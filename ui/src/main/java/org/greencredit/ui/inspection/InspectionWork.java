package org.greencredit.ui.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.TierDraw;
import org.greencredit.domain.inspection.TierRule;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.projections.inspection.InspectionPlanSummary;
import org.greencredit.projections.inspector.InspectorSummary;

/**
 * 双随机抽查 as the signed-in views work with it: a quarter's plan and what a draw of it would give, drawing and
 * re-drawing, recording results, an inspector's own inspections, and the names the plan refers to by id (inspectors
 * from the 执法人员名录, enterprises from the directory). Refusals are
 * {@link org.greencredit.domain.common.RuleViolation}s with the domain's message keys. A command returns once the
 * plan's read model shows it, or after a few seconds if it is slow.
 */
public interface InspectionWork {

    /** The quarter's plan: every draw and the enterprises of the draw in force; empty before the first draw. */
    Optional<InspectionPlanSummary> plan(String period);

    /** Every drawn quarter, newest first. */
    List<String> drawnPeriods();

    /** What a draw of the quarter would give now, from the same inputs the draw would take. */
    PlanPreview preview(String period);

    /** Draws the quarter; a blank seed is replaced by a random one. Answers the seed used. */
    String draw(String period, String seed, Actor actor);

    /** Draws the quarter again for the reason given; the earlier draws stay in the history. Answers the seed used. */
    String redraw(String period, String seed, String reason, Actor actor);

    /**
     * Records the result of one enterprise of the draw in force: {@code note} is the finding, or the reason when not
     * inspected; {@code correctionReason} is given only to replace a result recorded before.
     */
    void recordResult(String period, String creditCode, InspectionOutcome outcome, LocalDate inspectedOn,
                      String violationFactId, String note, String correctionReason, Actor actor);

    /** The directory entry linked to a sign-in account, active or not; empty when none is. */
    Optional<InspectorSummary> inspectorOf(String username);

    /** 我的检查任务: the inspections of the draws in force an inspector was drawn for, newest quarter first. */
    List<InspectionEntry> inspectionsOf(String inspectorId);

    /** Every inspector's name by id, the deactivated ones included (a plan keeps their ids). */
    Map<String, String> inspectorNames();

    /** The enterprises' names by credit code; one the directory does not hold is missing. */
    Map<String, String> enterpriseNames(Collection<String> creditCodes);

    /** The violations of the enterprise's credit file an inspection may name, revoked ones left out. */
    List<ViolationChoice> violationsOf(String creditCode);

    /**
     * A draw of {@code period} as it would be made now: the indicator version whose ratios it takes, per tier its rule
     * and counts (in the draw's order), how many inspectors are on duty and the recent window in days (0: none).
     */
    record PlanPreview(String period, String indicatorVersion, List<TierPreview> tiers, int inspectorsOnDuty,
                       int recentWindowDays) {

        public PlanPreview {
            tiers = List.copyOf(tiers);
        }
    }

    record TierPreview(TierRule rule, TierDraw counts) {
    }

    /** A violation fact an inspection may name: its id, when it occurred and its 处罚决定书文号 (null if none). */
    record ViolationChoice(String factId, LocalDate occurredOn, String decisionNo) {
    }
}
