package org.greencredit.ui.directory;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.greencredit.projections.directory.CountEnterprises;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterprises;
import org.springframework.stereotype.Component;

/** Reads the enterprise directory read model for the views. */
@Component
public class DirectoryClient {

    private final QueryGateway queryGateway;

    public DirectoryClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public List<EnterpriseListing> find(String nameContains, int offset, int limit) {
        return queryGateway.query(new FindEnterprises(DirectoryFilter.nameContains(nameContains),
                                                      DirectorySort.BY_CREDIT_CODE, offset, limit),
                                  EnterpriseDirectoryPage.class).join().items();
    }

    public int count(String nameContains) {
        return Math.toIntExact(queryGateway.query(new CountEnterprises(DirectoryFilter.nameContains(nameContains)),
                                                  Long.class).join());
    }

    /** Rows added or changed from now on; the caller must close the result when its view goes away. */
    public SubscriptionQueryResult<EnterpriseDirectoryPage, EnterpriseListing> watch() {
        return queryGateway.subscriptionQuery(new FindEnterprises(DirectoryFilter.all(), DirectorySort.BY_CREDIT_CODE,
                                                                  0, 1),
                                              ResponseTypes.instanceOf(EnterpriseDirectoryPage.class),
                                              ResponseTypes.instanceOf(EnterpriseListing.class));
    }
}
