package org.greencredit.ui.publicpage;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.projections.cycle.CycleList;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FindCycles;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.evaluation.FindDisclosureBoard;
import org.greencredit.projections.evaluation.FindPublishedGrades;
import org.springframework.stereotype.Component;

/** Reads what the public disclosure page shows: the cycles, their disclosure boards and their published grades. */
@Component
public class PublicDisclosureClient {

    private static final int PAGE = 500;

    private final QueryGateway queryGateway;

    public PublicDisclosureClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Every cycle, newest first. */
    public List<CycleSummary> cycles() {
        return queryGateway.query(new FindCycles(), CycleList.class).join().cycles();
    }

    /** 公示: enterprises of the cycle whose preliminary grade is being disclosed. */
    public List<EvaluationSummary> disclosureBoard(String cycleId) {
        return queryGateway.query(new FindDisclosureBoard(cycleId), EvaluationList.class).join().evaluations();
    }

    /** 评价结果公开: every published final grade of the cycle. */
    public List<EvaluationSummary> publishedGrades(String cycleId) {
        List<EvaluationSummary> rows = new ArrayList<>();
        List<EvaluationSummary> page;
        do {
            page = queryGateway.query(new FindPublishedGrades(cycleId, rows.size(), PAGE), EvaluationList.class)
                               .join().evaluations();
            rows.addAll(page);
        } while (page.size() == PAGE);
        return rows;
    }

    /** Rows of the cycle's disclosure board that change from now on; the caller closes it. */
    public SubscriptionQueryResult<EvaluationList, EvaluationSummary> watchDisclosure(String cycleId) {
        return queryGateway.subscriptionQuery(new FindDisclosureBoard(cycleId), EvaluationList.class,
                                              EvaluationSummary.class);
    }
}
