package org.greencredit.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.projections.cycle.CycleList;
import org.greencredit.projections.cycle.CycleSummary;
import org.greencredit.projections.cycle.FindCycles;
import org.greencredit.projections.deadline.Deadline;
import org.greencredit.projections.deadline.DeadlineList;
import org.greencredit.projections.deadline.FindDeadlinesDue;
import org.greencredit.projections.directory.CountEnterprises;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.projections.directory.FindEnterprises;
import org.greencredit.projections.evaluation.CountDeclarationsAwaitingVerification;
import org.greencredit.projections.evaluation.CountObjectionsAwaitingReview;
import org.greencredit.projections.evaluation.CycleProgress;
import org.greencredit.projections.evaluation.EvaluationList;
import org.greencredit.projections.evaluation.EvaluationSummary;
import org.greencredit.projections.evaluation.FindCycleProgress;
import org.greencredit.projections.evaluation.FindDeclarationsAwaitingVerification;
import org.greencredit.projections.evaluation.FindObjectionsAwaitingReview;
import org.greencredit.projections.repair.CountRepairApplicationsAwaitingDecision;
import org.greencredit.projections.repair.FindRepairApplicationsAwaitingDecision;
import org.greencredit.projections.repair.RepairApplicationList;
import org.greencredit.projections.repair.RepairApplicationSummary;
import org.springframework.stereotype.Component;

/** The read models the dashboard (工作台) shows, and the subscriptions that keep it live. */
@Component
public class DashboardClient {

    private final QueryGateway queryGateway;

    public DashboardClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** Enterprises in scope whose grade in force is {@code grade} ({@link DirectoryFilter#UNGRADED}: none). */
    public long countWithGrade(String grade) {
        return queryGateway.query(new CountEnterprises(new DirectoryFilter(null, null, null, null, null, grade, null,
                                                                           false)), Long.class).join();
    }

    public Optional<EnterpriseListing> enterprise(String creditCode) {
        return Optional.ofNullable(queryGateway.query(new FindEnterpriseByCreditCode(creditCode),
                                                      EnterpriseListing.class).join());
    }

    public List<CycleSummary> cycles() {
        return queryGateway.query(new FindCycles(), CycleList.class).join().cycles();
    }

    public List<Deadline> deadlinesDue(LocalDate today, int workingDays) {
        return queryGateway.query(new FindDeadlinesDue(today, workingDays), DeadlineList.class).join().deadlines();
    }

    public long declarationsAwaitingVerification() {
        return queryGateway.query(new CountDeclarationsAwaitingVerification(null), Long.class).join();
    }

    public long objectionsAwaitingReview() {
        return queryGateway.query(new CountObjectionsAwaitingReview(null), Long.class).join();
    }

    public long repairsAwaitingDecision() {
        return queryGateway.query(new CountRepairApplicationsAwaitingDecision(), Long.class).join();
    }

    public CycleProgress progress(String cycleId) {
        return queryGateway.query(new FindCycleProgress(cycleId), CycleProgress.class).join();
    }

    /** Every directory row that changes from now on: grades in force move the distribution. */
    public SubscriptionQueryResult<EnterpriseDirectoryPage, EnterpriseListing> watchDirectory() {
        return queryGateway.subscriptionQuery(new FindEnterprises(DirectoryFilter.all(), DirectorySort.BY_CREDIT_CODE,
                                                                  0, 1),
                                              ResponseTypes.instanceOf(EnterpriseDirectoryPage.class),
                                              ResponseTypes.instanceOf(EnterpriseListing.class));
    }

    /** The progress of a cycle now and after each change. */
    public SubscriptionQueryResult<CycleProgress, CycleProgress> watchProgress(String cycleId) {
        return queryGateway.subscriptionQuery(new FindCycleProgress(cycleId), CycleProgress.class, CycleProgress.class);
    }

    public SubscriptionQueryResult<EvaluationList, EvaluationSummary> watchVerificationQueue() {
        return queryGateway.subscriptionQuery(new FindDeclarationsAwaitingVerification(null), EvaluationList.class,
                                              EvaluationSummary.class);
    }

    public SubscriptionQueryResult<EvaluationList, EvaluationSummary> watchObjectionQueue() {
        return queryGateway.subscriptionQuery(new FindObjectionsAwaitingReview(null), EvaluationList.class,
                                              EvaluationSummary.class);
    }

    public SubscriptionQueryResult<RepairApplicationList, RepairApplicationSummary> watchRepairQueue() {
        return queryGateway.subscriptionQuery(new FindRepairApplicationsAwaitingDecision(), RepairApplicationList.class,
                                              RepairApplicationSummary.class);
    }
}
