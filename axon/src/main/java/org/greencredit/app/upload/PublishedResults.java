package org.greencredit.app.upload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.indicator.GradeDefinition;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FindCycle;
import org.greencredit.projections.decision.CycleResults;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.projections.decision.FindResultsInForceOfCycle;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.evaluation.FindPublishedGrades;

/**
 * The effective published result of every enterprise of a cycle, ordered by credit code: the enterprises the cycle
 * published ({@link FindPublishedGrades}) with the decision now in force from that cycle
 * ({@link FindResultsInForceOfCycle}: the FINAL one, or a later review, dynamic adjustment or repair). A preliminary
 * grade is never one of them, and no fact is.
 */
class PublishedResults {

    private static final int PAGE = 1_000;
    private static final Map<String, String> KIND_LABELS = Map.of(
            DecisionKind.FINAL.name(), "评价结果公开", DecisionKind.REVIEWED.name(), "复核",
            DecisionKind.DYNAMIC.name(), "动态调整", DecisionKind.REPAIR.name(), "信用修复");

    private final QueryGateway queries;
    private final IndicatorVersions versions;
    private final String authority;
    private final String dataSource;

    PublishedResults(QueryGateway queries, IndicatorVersions versions, String authority, String dataSource) {
        this.queries = queries;
        this.versions = versions;
        this.authority = authority;
        this.dataSource = dataSource;
    }

    String authority() {
        return authority;
    }

    /** The cycle, or a refusal naming it when it does not exist. */
    CycleSummary cycle(String cycleId) {
        CycleSummary cycle = queries.query(new FindCycle(cycleId), CycleSummary.class).join();
        if (cycle == null) {
            throw new RuleViolation("cycle.notFound", cycleId);
        }
        return cycle;
    }

    /** The rows of a cycle and the content hash of the cycle's indicator version. */
    record Results(CycleSummary cycle, List<ResultRow> rows, String versionHash) {
    }

    Results of(CycleSummary cycle) {
        Map<String, EvaluationSummary> published = new HashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<EvaluationSummary> page = queries.query(new FindPublishedGrades(cycle.cycleId(), offset, PAGE),
                                                      EvaluationList.class).join().evaluations();
            page.forEach(evaluation -> published.put(evaluation.creditCode(), evaluation));
            if (page.size() < PAGE) {
                break;
            }
        }
        List<DecisionSummary> decisions = queries.query(new FindResultsInForceOfCycle(cycle.cycleId()),
                                                        CycleResults.class).join().decisions();
        Map<String, Map<String, String>> meanings = new HashMap<>();
        List<ResultRow> rows = new ArrayList<>(published.size());
        String versionHash = versions.published(cycle.indicatorSystem(), cycle.indicatorVersion())
                                     .map(ScoringEngine::versionHash).orElse(null);
        for (DecisionSummary decision : decisions) {
            if (versionHash == null && decision.version().equals(cycle.indicatorVersion())) {
                versionHash = decision.versionHash();
            }
            EvaluationSummary evaluation = published.get(decision.creditCode());
            if (evaluation == null || !KIND_LABELS.containsKey(decision.kind())) {
                continue;
            }
            String meaning = meanings.computeIfAbsent(decision.versionHash(), hash -> gradeNames(decision))
                                     .getOrDefault(decision.grade(), "");
            rows.add(new ResultRow(ResultRow.recordId(cycle.cycleId(), decision.creditCode()),
                                   evaluation.enterpriseName(), decision.creditCode(), decision.grade(), meaning,
                                   cycle.year(), cycle.periodFrom(), cycle.periodTo(),
                                   KIND_LABELS.get(decision.kind()), decision.decidedOn(), decision.validFrom(),
                                   decision.validTo(), decision.decisionId(),
                                   decision.system() + " " + decision.version(), authority, dataSource,
                                   cycle.cycleId()));
        }
        return new Results(cycle, rows, versionHash);
    }

    /** The grades' Chinese names of the version a decision was made with (A → 绿色信用优秀). */
    private Map<String, String> gradeNames(DecisionSummary decision) {
        Map<String, String> names = new HashMap<>();
        versions.version(decision.system(), decision.versionHash()).map(ScoringEngine::system)
                .ifPresent(system -> system.grades().forEach(
                        (GradeDefinition grade) -> names.put(grade.code(), grade.name().zh())));
        return names;
    }
}
