package org.greencredit.projections.directory;

/** How many enterprises the directory holds that the filter selects. */
public record CountEnterprises(DirectoryFilter filter) {

    public CountEnterprises {
        filter = filter == null ? DirectoryFilter.all() : filter;
    }
}
