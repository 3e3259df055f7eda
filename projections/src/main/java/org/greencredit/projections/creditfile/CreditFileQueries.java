package org.greencredit.projections.creditfile;

import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.greencredit.projections.decision.DecisionHistorySummary;
import org.greencredit.projections.decision.FindDecisionHistory;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.FindEvaluationsOf;
import org.greencredit.projections.repair.FindRepairApplicationsOf;
import org.greencredit.projections.repair.RepairApplicationList;

/**
 * Puts the credit file together from the read models that hold its parts, each asked through the query bus,
 * so every part comes from whichever node holds it.
 */
public class CreditFileQueries {

    private final QueryGateway queries;

    public CreditFileQueries(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryHandler
    CreditFileSummary handle(FindCreditFile query) {
        String code = query.creditCode();
        var enterprise = queries.query(new FindEnterpriseByCreditCode(code), EnterpriseListing.class);
        var entries = queries.query(new FindCreditFileEntries(code), CreditFileEntries.class);
        var evaluations = queries.query(new FindEvaluationsOf(code), EvaluationList.class);
        var decisions = queries.query(new FindDecisionHistory(code), DecisionHistorySummary.class);
        var repairs = queries.query(new FindRepairApplicationsOf(code), RepairApplicationList.class);
        return new CreditFileSummary(enterprise.join(), entries.join().entries(), evaluations.join().evaluations(),
                                     decisions.join().decisions(), repairs.join().applications());
    }
}
