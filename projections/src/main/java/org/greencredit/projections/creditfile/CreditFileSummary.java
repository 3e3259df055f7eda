package org.greencredit.projections.creditfile;

import java.util.List;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.repair.RepairApplicationSummary;

/**
 * One enterprise's credit file: its directory row (profile, grade in force, tier), every fact and declared item
 * with its status, its evaluations per cycle, its decisions and its repair applications. {@code enterprise} is null
 * when the directory does not hold the enterprise (yet).
 */
public record CreditFileSummary(EnterpriseListing enterprise, List<CreditFileEntry> entries,
                                List<EvaluationSummary> evaluations, List<DecisionSummary> decisions,
                                List<RepairApplicationSummary> repairs) {

    public CreditFileSummary {
        entries = List.copyOf(entries);
        evaluations = List.copyOf(evaluations);
        decisions = List.copyOf(decisions);
        repairs = List.copyOf(repairs);
    }
}
