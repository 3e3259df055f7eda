package org.greencredit.projections.directory;

import static org.greencredit.projections.directory.EnterpriseDirectoryProjection.given;

/** Whether a changed row belongs to what a subscriber's filter selects: the filter of the query, in Java. */
final class DirectoryMatcher {

    private DirectoryMatcher() {
    }

    static boolean matches(DirectoryFilter filter, EnterpriseListing row) {
        return (filter.includeLeftScope() || row.inScope())
                && (!given(filter.nameContains()) || contains(row.name(), filter.nameContains().strip()))
                && (!given(filter.creditCodePrefix())
                        || row.creditCode().startsWith(filter.creditCodePrefix().strip().toUpperCase()))
                && (!given(filter.industryCodePrefix()) || startsWith(row.industryCode(), filter.industryCodePrefix()))
                && (!given(filter.subdistrict()) || filter.subdistrict().equals(row.subdistrict()))
                && (!given(filter.managementClass()) || filter.managementClass().equals(row.managementClass()))
                && (!given(filter.grade()) || (DirectoryFilter.UNGRADED.equals(filter.grade())
                        ? row.grade() == null : filter.grade().equals(row.grade())))
                && (!given(filter.tier()) || filter.tier().equals(row.tier()));
    }

    private static boolean contains(String text, String part) {
        return text != null && text.contains(part);
    }

    private static boolean startsWith(String text, String prefix) {
        return text != null && text.startsWith(prefix.strip());
    }
}
