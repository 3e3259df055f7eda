package org.greencredit.ui.creditfile;

import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.CreditFileSummary;
import org.greencredit.projections.creditfile.FindCreditFile;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.greencredit.projections.decision.CompareDecisions;
import org.greencredit.projections.decision.DecisionRecord;
import org.greencredit.projections.decision.ExplainDecision;
import org.greencredit.projections.decision.Explanation;
import org.greencredit.projections.decision.FindDecision;
import org.springframework.stereotype.Component;

/**
 * Reads a credit file, its decisions and their explanations for the views, and finds the indicator system version
 * a decision was scored with (to name its dimensions, indicators and rules).
 */
@Component
public class CreditFileClient {

    private final QueryGateway queryGateway;
    private final IndicatorVersions indicatorVersions;

    public CreditFileClient(QueryGateway queryGateway, IndicatorVersions indicatorVersions) {
        this.queryGateway = queryGateway;
        this.indicatorVersions = indicatorVersions;
    }

    public CreditFileSummary file(String creditCode) {
        return queryGateway.query(new FindCreditFile(creditCode), CreditFileSummary.class).join();
    }

    public CreditFileEntries entries(String creditCode) {
        return queryGateway.query(new FindCreditFileEntries(creditCode), CreditFileEntries.class).join();
    }

    public Optional<DecisionRecord> decision(String decisionId) {
        return Optional.ofNullable(queryGateway.query(new FindDecision(decisionId), DecisionRecord.class).join());
    }

    public Explanation explain(String decisionId, String languageTag) {
        return queryGateway.query(new ExplainDecision(decisionId, languageTag), Explanation.class).join();
    }

    public Explanation compare(String beforeDecisionId, String afterDecisionId, String languageTag) {
        return queryGateway.query(new CompareDecisions(beforeDecisionId, afterDecisionId, languageTag),
                                  Explanation.class).join();
    }

    /** The version a decision names by its content hash, whatever its status now. */
    public Optional<VersionNames> version(String system, String versionHash) {
        return indicatorVersions.version(system, versionHash).map(ScoringEngine::system).map(VersionNames::new);
    }
}
