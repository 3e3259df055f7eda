package org.greencredit.projections.directory;

/**
 * One page of the enterprise directory (企业名录), sorted by credit code. {@code nameContains} may be blank.
 */
public record FindEnterprises(String nameContains, int offset, int limit) {

    public FindEnterprises {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
        }
    }
}
