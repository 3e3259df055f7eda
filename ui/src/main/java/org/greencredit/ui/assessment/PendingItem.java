package org.greencredit.ui.assessment;

import org.greencredit.projections.creditfile.CreditFileEntry;
import org.greencredit.projections.evaluation.EvaluationView;

/** One declared item awaiting verification, with the evaluation it belongs to. */
record PendingItem(EvaluationView evaluation, CreditFileEntry item) {
}
