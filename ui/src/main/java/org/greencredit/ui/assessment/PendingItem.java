package org.greencredit.ui.assessment;

import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.evaluation.EvaluationSummary;

/** One declared item awaiting verification, with the evaluation it belongs to. */
record PendingItem(EvaluationSummary evaluation, CreditFileEntry item) {
}
