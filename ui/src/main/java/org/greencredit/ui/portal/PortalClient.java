package org.greencredit.ui.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.creditfile.EvaluationState;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.evaluation.FindEvaluationsOf;
import org.greencredit.projections.repair.FindRepairApplicationsOf;
import org.greencredit.projections.repair.RepairApplicationList;
import org.greencredit.projections.repair.RepairApplicationSummary;
import org.springframework.stereotype.Component;

/** Reads one enterprise's own evaluations and repair applications. */
@Component
public class PortalClient {

    private final QueryGateway queryGateway;

    public PortalClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The evaluation still under way, or else the latest one. */
    public Optional<EvaluationSummary> currentEvaluation(String creditCode) {
        List<EvaluationSummary> evaluations = queryGateway.query(new FindEvaluationsOf(creditCode), EvaluationList.class)
                                                       .join().evaluations();
        Comparator<EvaluationSummary> byOpening = Comparator.comparing(EvaluationSummary::declarationDeadline,
                                                                    Comparator.nullsFirst(Comparator.naturalOrder()));
        return evaluations.stream().filter(evaluation -> evaluation.state() != EvaluationState.PUBLISHED).max(byOpening)
                          .or(() -> evaluations.stream().max(byOpening));
    }

    public List<RepairApplicationSummary> repairApplications(String creditCode) {
        return queryGateway.query(new FindRepairApplicationsOf(creditCode), RepairApplicationList.class).join()
                           .applications();
    }
}
