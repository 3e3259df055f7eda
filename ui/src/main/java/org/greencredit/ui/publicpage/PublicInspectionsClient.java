package org.greencredit.ui.publicpage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterpriseByCreditCode;
import org.greencredit.projections.inspection.FindInspectionPlans;
import org.greencredit.projections.inspection.FindPublishedInspections;
import org.greencredit.projections.inspection.InspectionPlanList;
import org.greencredit.projections.inspection.InspectionPlanSummary;
import org.greencredit.projections.inspection.PublishedInspections;
import org.springframework.stereotype.Component;

/**
 * What the public page of 双随机抽查 (一公开) may read: the periods whose quarter has ended — a plan is published from
 * the day after its last day in the district's calendar ({@link InspectionPeriod#publishedOn}), so a quarter still
 * running, or drawn in advance, is never shown — and of each only {@link PublishedInspections}, which holds no
 * inspector, note or violation id. Enterprise names are the directory's.
 */
@Component
public class PublicInspectionsClient {

    private final QueryGateway queryGateway;
    private final Clock clock;

    public PublicInspectionsClient(QueryGateway queryGateway, Clock clock) {
        this.queryGateway = queryGateway;
        this.clock = clock;
    }

    /** The drawn periods already published, newest first. */
    public List<String> publishedPeriods() {
        LocalDate today = BusinessDay.today(clock);
        return queryGateway.query(new FindInspectionPlans(), InspectionPlanList.class).join().plans().stream()
                           .map(InspectionPlanSummary::period)
                           .filter(period -> InspectionPeriod.parse(period).publishedOn(today)).toList();
    }

    /** The period's published plan; empty while the quarter has not ended, or if it was never drawn. */
    public Optional<PublishedInspections> published(String period) {
        if (!InspectionPeriod.parse(period).publishedOn(BusinessDay.today(clock))) {
            return Optional.empty();
        }
        return Optional.ofNullable(queryGateway.query(new FindPublishedInspections(period), PublishedInspections.class)
                                               .join());
    }

    /** The enterprise's name in the directory, the credit code if it has none. */
    public String name(String creditCode) {
        EnterpriseListing listing = queryGateway.query(new FindEnterpriseByCreditCode(creditCode),
                                                       EnterpriseListing.class).join();
        return listing == null || listing.name() == null ? creditCode : listing.name();
    }
}
