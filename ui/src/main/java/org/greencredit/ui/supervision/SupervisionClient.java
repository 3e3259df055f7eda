package org.greencredit.ui.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.projections.directory.CountEnterprisesPerTier;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterprisesByTier;
import org.greencredit.projections.directory.FindKeySupervisionList;
import org.greencredit.projections.directory.FindPositiveList;
import org.greencredit.projections.directory.TierCounts;
import org.springframework.stereotype.Component;

/** Reads the supervision lists (分级分类监管) of the enterprise directory read model. */
@Component
public class SupervisionClient {

    private static final int PAGE = 500;

    private final QueryGateway queryGateway;

    public SupervisionClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public Map<String, Long> countsPerTier() {
        return queryGateway.query(new CountEnterprisesPerTier(), TierCounts.class).join().perTier();
    }

    public List<EnterpriseListing> tier(String tier, int offset, int limit) {
        return page(new FindEnterprisesByTier(tier, offset, limit));
    }

    /** Every enterprise of the tier, for exports. */
    public List<EnterpriseListing> tier(String tier) {
        return all((offset, limit) -> new FindEnterprisesByTier(tier, offset, limit));
    }

    /** 正面清单, whole. */
    public List<EnterpriseListing> positiveList() {
        return all(FindPositiveList::new);
    }

    /** 重点监管名单, whole. */
    public List<EnterpriseListing> keySupervisionList() {
        return all(FindKeySupervisionList::new);
    }

    private List<EnterpriseListing> all(BiFunction<Integer, Integer, Object> query) {
        List<EnterpriseListing> rows = new ArrayList<>();
        List<EnterpriseListing> page;
        do {
            page = page(query.apply(rows.size(), PAGE));
            rows.addAll(page);
        } while (page.size() == PAGE);
        return rows;
    }

    private List<EnterpriseListing> page(Object query) {
        return queryGateway.query(query, EnterpriseDirectoryPage.class).join().items();
    }
}
