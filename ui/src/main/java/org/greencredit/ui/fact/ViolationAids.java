package org.greencredit.ui.fact;

import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.fact.Severity;
import org.greencredit.domain.inspection.LenientEnforcement;
import org.greencredit.projections.decision.DecisionHistorySummary;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.projections.decision.FindDecisionHistory;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.projections.inspection.FindLenientEnforcementAdvice;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.ui.command.CurrentActor;
import org.greencredit.ui.inspection.InspectionViolationLinks;
import org.springframework.stereotype.Component;

/**
 * What the violation form offers an officer beside the fact itself: the 免罚/慎罚 suggestion for the severity and
 * date entered (advice only — nothing of it is stored), with the grade, tier and indicator version it follows; and
 * the enterprise's inspection that found a problem not yet linked to a violation, to link the new one to.
 */
@Component
public class ViolationAids {

    private final QueryGateway queries;
    private final InspectionViolationLinks links;
    private final CurrentActor currentActor;

    public ViolationAids(QueryGateway queries, InspectionViolationLinks links, CurrentActor currentActor) {
        this.queries = queries;
        this.links = links;
        this.currentActor = currentActor;
    }

    /** The suggestion for a violation of this severity on this day, and the grade in force it rests on (if any). */
    public LenientHint lenientHint(String creditCode, Severity severity, LocalDate occurredOn) {
        LenientEnforcement.Advice advice = queries.query(new FindLenientEnforcementAdvice(creditCode, severity,
                                                                                          occurredOn),
                                                         LenientEnforcement.Advice.class).join();
        EnterpriseListing listing = queries.query(new FindEnterpriseByCreditCode(creditCode), EnterpriseListing.class)
                                           .join();
        if (listing == null || !listing.inScope() || listing.grade() == null) {
            return new LenientHint(advice, null, null, null);
        }
        String version = queries.query(new FindDecisionHistory(creditCode), DecisionHistorySummary.class).join()
                                .decisions().stream()
                                .filter(decision -> decision.inForce() && decision.validTo() == null)
                                .reduce((first, second) -> second).map(DecisionSummary::version).orElse(null);
        return new LenientHint(advice, listing.grade(), listing.tier(), version);
    }

    /** The newest inspection of the enterprise that found a problem and names no violation yet. */
    public Optional<InspectionEntry> unlinkedProblem(String creditCode) {
        return links.unlinkedProblems(creditCode).stream().findFirst();
    }

    public void link(InspectionEntry problem, String violationFactId) {
        links.link(problem.period(), problem.creditCode(), violationFactId, currentActor.actor());
    }

    /** The domain's advice with the grade in force, its supervision tier and the version that decided it. */
    public record LenientHint(LenientEnforcement.Advice advice, String grade, String tier, String version) {
    }
}
