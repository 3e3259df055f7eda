package org.greencredit.app.inspection;

import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.actor.Actor;
import org.greencredit.projections.inspection.FindUnlinkedProblems;
import org.greencredit.projections.inspection.InspectionEntries;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.ui.inspection.InspectionViolationLinks;

/** The violation form's link to an inspection's problem: the read model's open problems, the desk's link command. */
public class InspectionViolationLinker implements InspectionViolationLinks {

    private final QueryGateway queries;
    private final InspectionDesk desk;

    public InspectionViolationLinker(QueryGateway queries, InspectionDesk desk) {
        this.queries = queries;
        this.desk = desk;
    }

    @Override
    public List<InspectionEntry> unlinkedProblems(String creditCode) {
        return queries.query(new FindUnlinkedProblems(creditCode), InspectionEntries.class).join().entries();
    }

    @Override
    public void link(String period, String creditCode, String violationFactId, Actor actor) {
        desk.linkViolation(period, creditCode, violationFactId, actor);
    }
}
