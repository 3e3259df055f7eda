package org.greencredit.projections.evaluation;

import org.greencredit.projections.support.EnterpriseLookup;

/** Every test of {@link EvaluationProjectionTest} again, finding an enterprise's documents as on a real MongoDB. */
class EvaluationProjectionByCreditCodeTest extends EvaluationProjectionTest {

    @Override
    EnterpriseLookup lookup() {
        return EnterpriseLookup.CREDIT_CODE_INDEX;
    }
}
