package org.greencredit.app.support;

import org.greencredit.domain.enterprise.CreditCode;

/** Valid credit codes of fictional enterprises in Tongzhou (area 110112), numbered for tests. */
public final class TestCreditCodes {

    private TestCreditCodes() {
    }

    public static String code(int number) {
        String first17 = "91110112" + "MA" + String.format("%07d", number);
        return first17 + CreditCode.checkCharacter(first17);
    }
}
