package org.greencredit.projections.directory;

/** One page of the enterprise directory (企业名录): the enterprises the filter selects, in the given order. */
public record FindEnterprises(DirectoryFilter filter, DirectorySort sort, int offset, int limit) {

    public FindEnterprises {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
        filter = filter == null ? DirectoryFilter.all() : filter;
        sort = sort == null ? DirectorySort.BY_CREDIT_CODE : sort;
    }
}
