package org.greencredit.ui.resultuse;

import org.greencredit.domain.resultuse.Treatment;
import org.greencredit.projections.directory.EnterpriseListing;

/** An enterprise on a result-use list and how the department treats it. */
public record ResultListRow(Treatment treatment, EnterpriseListing enterprise) {
}
