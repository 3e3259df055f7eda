package org.greencredit.ui.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.projections.audit.AuditEntry;
import org.greencredit.projections.audit.AuditFilter;
import org.greencredit.projections.audit.AuditTimelinePage;
import org.greencredit.projections.audit.CountAuditEntries;
import org.greencredit.projections.audit.FindAuditTimeline;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.projections.decision.FindGradeAsOf;
import org.springframework.stereotype.Component;

/** Reads the audit timeline and the decision history for the audit view. */
@Component
public class AuditClient {

    private final QueryGateway queryGateway;

    public AuditClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    /** The decision in force for the enterprise on that day, if it had one. */
    public Optional<DecisionSummary> gradeAsOf(String creditCode, LocalDate date) {
        return Optional.ofNullable(queryGateway.query(new FindGradeAsOf(creditCode, date),
                                                      ResponseTypes.instanceOf(DecisionSummary.class)).join());
    }

    public List<AuditEntry> timeline(AuditFilter filter, int offset, int limit) {
        return queryGateway.query(new FindAuditTimeline(filter, offset, limit), AuditTimelinePage.class).join()
                           .entries();
    }

    public int count(AuditFilter filter) {
        return Math.toIntExact(queryGateway.query(new CountAuditEntries(filter), Long.class).join());
    }
}
