package org.greencredit.app.inspection;

import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.greencredit.domain.creditfile.RecordedFact;
import org.greencredit.domain.dataerror.CreditFileFacts;
import org.greencredit.domain.dataerror.FileFacts;
import org.greencredit.domain.inspection.LenientEnforcement;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.projections.inspection.FindLenientEnforcementAdvice;

/**
 * Answers {@link FindLenientEnforcementAdvice} for the violation form: whether the enterprise's grade in force gives
 * lenient enforcement (the directory's {@code lenient}, from the decision's own version), its violations as the
 * credit file holds them (from the file's events), and the domain's {@link LenientEnforcement} rules.
 */
public class LenientEnforcementAdvisor {

    private final QueryGateway queries;
    private final CreditFileFacts creditFiles;

    public LenientEnforcementAdvisor(QueryGateway queries, CreditFileFacts creditFiles) {
        this.queries = queries;
        this.creditFiles = creditFiles;
    }

    @QueryHandler
    LenientEnforcement.Advice handle(FindLenientEnforcementAdvice query) {
        EnterpriseListing listing = queries.query(new FindEnterpriseByCreditCode(query.creditCode()),
                                                  EnterpriseListing.class).join();
        List<RecordedFact> history = creditFiles.of(query.creditCode()).map(FileFacts::facts).orElse(List.of());
        return LenientEnforcement.advise(listing != null && listing.inScope() && listing.lenient(), history,
                                         query.severity(), query.occurredOn());
    }
}
