package org.greencredit.ui.inspector;

import java.util.List;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.domain.actor.Actor;
import org.greencredit.projections.inspector.InspectorList;
import org.greencredit.projections.inspector.InspectorSummary;

/**
 * The 执法人员名录 as the administration view maintains it. Refusals are
 * {@link org.greencredit.domain.common.RuleViolation}s with the domain's message keys.
 */
public interface InspectorDirectory {

    List<InspectorSummary> all();

    /** Every inspector now, then each inspector whose entry changes; the caller closes it. */
    SubscriptionQueryResult<InspectorList, InspectorSummary> watch();

    /** Registers an inspector and answers the id given to them; {@code username} may be blank. */
    String register(InspectorDetails details, Actor actor);

    void change(String inspectorId, InspectorDetails details, Actor actor);

    void deactivate(String inspectorId, String reason, Actor actor);

    void reactivate(String inspectorId, String reason, Actor actor);

    void declareRecusal(String inspectorId, String creditCode, String reason, Actor actor);

    void withdrawRecusal(String inspectorId, String creditCode, String reason, Actor actor);

    /** What an administrator enters for an inspector, as typed. */
    record InspectorDetails(String name, String department, String certificateNumber, String username) {
    }
}
