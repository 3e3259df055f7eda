package org.greencredit.projections.creditfile;

import org.greencredit.projections.support.EnterpriseLookup;

/** Every test of {@link CreditFileEntriesProjectionTest} again, finding an enterprise's documents as on a real MongoDB. */
class CreditFileEntriesProjectionByCreditCodeTest extends CreditFileEntriesProjectionTest {

    @Override
    EnterpriseLookup lookup() {
        return EnterpriseLookup.CREDIT_CODE_INDEX;
    }
}
