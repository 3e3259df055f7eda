package org.greencredit.ui.cycle;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.projections.cycle.CycleList;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FanOutProgress;
import org.greencredit.projections.cycle.FanOutProgressList;
import org.greencredit.projections.cycle.FindFanOutProgress;
import org.greencredit.projections.cycle.FindCycle;
import org.greencredit.projections.cycle.FindCycles;
import org.greencredit.projections.directory.CountEnterprises;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.projections.evaluation.CycleProgress;
import org.greencredit.projections.evaluation.CycleStatistics;
import org.greencredit.projections.evaluation.FindCycleProgress;
import org.greencredit.projections.evaluation.FindCycleStatistics;
import org.springframework.stereotype.Component;

/** Reads cycles, their progress and statistics, and the directory a batch is picked from. */
@Component
public class CycleClient {

    private final QueryGateway queryGateway;

    public CycleClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public List<CycleSummary> cycles() {
        return queryGateway.query(new FindCycles(), CycleList.class).join().cycles();
    }

    public CycleSummary cycle(String cycleId) {
        return queryGateway.query(new FindCycle(cycleId), CycleSummary.class).join();
    }

    /** The progress now and after each change; the caller must close the result when its view goes away. */
    public SubscriptionQueryResult<CycleProgress, CycleProgress> watchProgress(String cycleId) {
        return queryGateway.subscriptionQuery(new FindCycleProgress(cycleId),
                                              ResponseTypes.instanceOf(CycleProgress.class),
                                              ResponseTypes.instanceOf(CycleProgress.class));
    }

    /** The fan-outs of the cycle's phase changes through its batch, latest first. */
    public List<FanOutProgress> fanOuts(String cycleId) {
        return queryGateway.query(new FindFanOutProgress(cycleId), FanOutProgressList.class).join().items();
    }

    public CycleStatistics statistics(String cycleId, FindCycleStatistics.GroupBy groupBy) {
        return queryGateway.query(new FindCycleStatistics(cycleId, groupBy), CycleStatistics.class).join();
    }

    public List<EnterpriseListing> enterprises(DirectoryFilter filter, int offset, int limit) {
        return queryGateway.query(new FindEnterprises(filter, DirectorySort.BY_CREDIT_CODE, offset, limit),
                                  EnterpriseDirectoryPage.class).join().items();
    }

    public int count(DirectoryFilter filter) {
        return Math.toIntExact(queryGateway.query(new CountEnterprises(filter), Long.class).join());
    }
}
