package org.greencredit.projections.directory;

import java.util.List;

/** The rows of one directory page, in order. */
public record EnterpriseDirectoryPage(List<EnterpriseListing> items) {
}
