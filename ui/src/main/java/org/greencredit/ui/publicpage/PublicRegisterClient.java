package org.greencredit.ui.publicpage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.projections.decision.DecisionHistorySummary;
import org.greencredit.projections.decision.FindDecisionHistory;
import org.greencredit.projections.directory.CountEnterprises;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.projections.directory.FindEnterprises;
import org.springframework.stereotype.Component;

/**
 * What the public may read of the enterprise directory and the decision histories (R12): the directory's own
 * name-substring and credit-code-prefix query, and each enterprise's decisions in force — never a preliminary one.
 * Rows are turned into {@link PublicEnterprise} and {@link PublishedGrade} here, so no view of the public pages
 * holds points, facts, contacts or addresses.
 */
@Component
public class PublicRegisterClient {

    private static final DirectorySort BY_NAME = new DirectorySort(DirectorySort.Field.NAME, true);

    private final QueryGateway queryGateway;

    public PublicRegisterClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public List<PublicEnterprise> search(SearchText search, int offset, int limit) {
        if (!search.searches()) {
            return List.of();
        }
        return queryGateway.query(new FindEnterprises(filter(search), BY_NAME, offset, limit),
                                  EnterpriseDirectoryPage.class).join().items().stream()
                           .map(PublicRegisterClient::publicRow).toList();
    }

    public int count(SearchText search) {
        if (!search.searches()) {
            return 0;
        }
        return Math.toIntExact(queryGateway.query(new CountEnterprises(filter(search)), Long.class).join());
    }

    public Optional<PublicEnterprise> enterprise(String creditCode) {
        return Optional.ofNullable(queryGateway.query(new FindEnterpriseByCreditCode(creditCode),
                                                      EnterpriseListing.class).join())
                       .map(PublicRegisterClient::publicRow);
    }

    /** The decisions that put a grade in force (FINAL, REVIEWED, DYNAMIC, REPAIR), newest first. */
    public List<PublishedGrade> publishedGrades(String creditCode) {
        List<PublishedGrade> grades = new ArrayList<>(queryGateway.query(new FindDecisionHistory(creditCode), DecisionHistorySummary.class)
                                                  .join().decisions().stream()
                                                  .filter(decision -> decision.inForce()
                                                                      && !"PRELIMINARY".equals(decision.kind()))
                                                  .map(decision -> new PublishedGrade(
                                                          decision.grade(), decision.kind(), decision.validFrom(),
                                                          decision.validTo(), decision.cycleId(), decision.version()))
                                                  .toList());
        Collections.reverse(grades);
        return grades;
    }

    private static DirectoryFilter filter(SearchText search) {
        boolean byCode = search.kind() == SearchText.Kind.CREDIT_CODE_PREFIX;
        return new DirectoryFilter(byCode ? null : search.text(), byCode ? search.text() : null, null, null, null,
                                   null, null, true);
    }

    private static PublicEnterprise publicRow(EnterpriseListing row) {
        return new PublicEnterprise(row.creditCode(), row.name(), row.subdistrict(), row.inScope(),
                                    row.inScope() ? row.grade() : null, row.inScope() ? row.gradeSince() : null);
    }
}
