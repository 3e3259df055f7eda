package org.greencredit.ui.resultuse;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.domain.resultuse.ResultUseRule;
import org.greencredit.domain.resultuse.Treatment;
import org.greencredit.projections.directory.CountEnterprises;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.DirectorySort;
import org.greencredit.projections.directory.EnterpriseDirectoryPage;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.projections.directory.FindEnterprises;
import org.springframework.stereotype.Component;

/**
 * Reads a result use's list from the enterprise directory: the enterprises in scope whose grade in force is one of
 * the use's grades, preferential grades first, then caution grades, each grade's enterprises by credit code. A page
 * is put together from the directory's grade filter, one grade after the other, so it pages like one list.
 */
@Component
public class ResultListsClient {

    private static final int PAGE = 500;

    private final QueryGateway queryGateway;

    public ResultListsClient(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    public List<ResultListRow> page(ResultUseRule rule, int offset, int limit) {
        List<ResultListRow> rows = new ArrayList<>();
        int skip = offset;
        for (Treatment treatment : Treatment.values()) {
            for (String grade : rule.grades(treatment)) {
                if (rows.size() >= limit) {
                    return rows;
                }
                int inGrade = count(grade);
                if (skip >= inGrade) {
                    skip -= inGrade;
                    continue;
                }
                find(grade, skip, limit - rows.size()).forEach(row -> rows.add(new ResultListRow(treatment, row)));
                skip = 0;
            }
        }
        return rows;
    }

    public int count(ResultUseRule rule) {
        int count = 0;
        for (Treatment treatment : Treatment.values()) {
            for (String grade : rule.grades(treatment)) {
                count += count(grade);
            }
        }
        return count;
    }

    /** The whole list, for exports. */
    public List<ResultListRow> all(ResultUseRule rule) {
        List<ResultListRow> rows = new ArrayList<>();
        List<ResultListRow> page;
        do {
            page = page(rule, rows.size(), PAGE);
            rows.addAll(page);
        } while (page.size() == PAGE);
        return rows;
    }

    private int count(String grade) {
        return Math.toIntExact(queryGateway.query(new CountEnterprises(inScopeWith(grade)), Long.class).join());
    }

    private List<EnterpriseListing> find(String grade, int offset, int limit) {
        return queryGateway.query(new FindEnterprises(inScopeWith(grade), DirectorySort.BY_CREDIT_CODE, offset, limit),
                                  EnterpriseDirectoryPage.class).join().items();
    }

    private static DirectoryFilter inScopeWith(String grade) {
        return new DirectoryFilter(null, null, null, null, null, grade, null, false);
    }
}
