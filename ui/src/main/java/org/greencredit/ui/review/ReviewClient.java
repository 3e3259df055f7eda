package org.greencredit.ui.review;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.evaluation.FindObjectionsAwaitingReview;
import org.greencredit.projections.repair.FindRepairApplicationsAwaitingDecision;
import org.greencredit.projections.repair.RepairApplicationList;
import org.greencredit.projections.repair.RepairApplicationSummary;
import org.springframework.stereotype.Component;

/** Reads the objections and repair applications awaiting a decision, and watches them change. */
@Component
public class ReviewClient {

    private final QueryGateway queryGateway;

    public ReviewClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public List<EvaluationSummary> objections() {
        return queryGateway.query(new FindObjectionsAwaitingReview(null), EvaluationList.class).join().evaluations();
    }

    public List<RepairApplicationSummary> repairs() {
        return queryGateway.query(new FindRepairApplicationsAwaitingDecision(), RepairApplicationList.class).join()
                           .applications();
    }

    /** Each objection row that changes from now on; the caller must close the result. */
    public SubscriptionQueryResult<EvaluationList, EvaluationSummary> watchObjections() {
        return queryGateway.subscriptionQuery(new FindObjectionsAwaitingReview(null),
                                              ResponseTypes.instanceOf(EvaluationList.class),
                                              ResponseTypes.instanceOf(EvaluationSummary.class));
    }

    /** Each repair application that changes from now on; the caller must close the result. */
    public SubscriptionQueryResult<RepairApplicationList, RepairApplicationSummary> watchRepairs() {
        return queryGateway.subscriptionQuery(new FindRepairApplicationsAwaitingDecision(),
                                              ResponseTypes.instanceOf(RepairApplicationList.class),
                                              ResponseTypes.instanceOf(RepairApplicationSummary.class));
    }
}
