package org.greencredit.ui.assessment;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.projections.creditfile.CreditFileEntries;
import org.greencredit.projections.creditfile.FindCreditFileEntries;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.evaluation.FindDeclarationsAwaitingVerification;
import org.springframework.stereotype.Component;

/** Reads the assessor's queue of declarations awaiting on-site verification (待核查申报) and the items themselves. */
@Component
public class AssessmentClient {

    private final QueryGateway queryGateway;

    public AssessmentClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /**
     * Evaluations with items awaiting verification in every cycle, then every change to any evaluation row; the
     * caller must close the result when its view goes away.
     */
    public SubscriptionQueryResult<EvaluationList, EvaluationSummary> watchAwaitingVerification() {
        return queryGateway.subscriptionQuery(new FindDeclarationsAwaitingVerification(null),
                                              ResponseTypes.instanceOf(EvaluationList.class),
                                              ResponseTypes.instanceOf(EvaluationSummary.class));
    }

    public CreditFileEntries entries(String creditCode) {
        return queryGateway.query(new FindCreditFileEntries(creditCode), CreditFileEntries.class).join();
    }
}
