package org.greencredit.projections.decision;

import org.greencredit.projections.support.EnterpriseLookup;

/** Every test of {@link DecisionHistoryProjectionTest} again, finding an enterprise's documents as on a real MongoDB. */
class DecisionHistoryProjectionByCreditCodeTest extends DecisionHistoryProjectionTest {

    @Override
    EnterpriseLookup lookup() {
        return EnterpriseLookup.CREDIT_CODE_INDEX;
    }
}
