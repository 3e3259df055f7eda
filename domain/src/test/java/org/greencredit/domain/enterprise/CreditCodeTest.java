package org.greencredit.domain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.greencredit.domain.common.RuleViolation;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    private static final Random RANDOM = new Random(20261127L);

    @Test
    void acceptsTheReferenceCodeFromTheStandard() {
        CreditCode code = new CreditCode("91110000600037341L");

        assertThat(code.value()).isEqualTo("91110000600037341L");
        assertThat(code.areaCode()).isEqualTo("110000");
    }

    @Test
    void computesTheCheckCharacterByHand() {
        // 9·1 + 1·3 + 1·9 + 1·27 + 6·20 + 3·8 + 7·24 + 3·10 + 4·30 + 1·28 = 538 (zeros omitted);
        // 538 mod 31 = 11; (31 − 11) mod 31 = 20 → alphabet[20] = L
        assertThat(CreditCode.checkCharacter("91110000600037341")).isEqualTo('L');
    }

    @Test
    void parseNormalisesBlanksAndCase() {
        assertThat(CreditCode.parse("  91110000600037341l ").value()).isEqualTo("91110000600037341L");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "91110000600037341",      // 17 characters
            "91110000600037341LL",    // 19 characters
            "91110000600037341M",     // wrong check character
            "9111000060003734IL",     // I is not in the alphabet
            "91110000600037341O",     // O is not in the alphabet
            "911A000060003734XY",     // a letter in the area code (positions 3–8), whatever the check character
            "9111000060003734ZL",     // Z is not in the alphabet
            "9111000060003734SL",     // S is not in the alphabet
            "9111000060003734VL",     // V is not in the alphabet
            "91110000600037341l",     // lower case (parse accepts it, the value itself does not)
    })
    void rejectsMalformedCodesWithAMessageKey(String candidate) {
        assertThatThrownBy(() -> new CreditCode(candidate))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("creditCode.invalid");
    }

    @Test
    void aLetterInTheAreaCodeIsRefusedEvenWithTheRightCheckCharacter() {
        String first17 = "9111A11260003734" + "1";

        assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacter(first17))).isFalse();
    }

    @RepeatedTest(200)
    void everyRandomCodeWithItsCheckCharacterIsValid() {
        String code = randomValidCode();

        assertThat(CreditCode.isValid(code)).as(code).isTrue();
    }

    @RepeatedTest(200)
    void anySingleCharacterChangeIsDetected() {
        String code = randomValidCode();
        int position = RANDOM.nextInt(18);
        char original = code.charAt(position);
        char replacement;
        do {
            replacement = CreditCode.ALPHABET.charAt(RANDOM.nextInt(CreditCode.ALPHABET.length()));
        } while (replacement == original);
        String changed = code.substring(0, position) + replacement + code.substring(position + 1);

        assertThat(CreditCode.isValid(changed)).as("%s → %s", code, changed).isFalse();
    }

    static String randomValidCode() {
        StringBuilder first17 = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            first17.append(i >= 2 && i < 8 ? (char) ('0' + RANDOM.nextInt(10))
                                           : CreditCode.ALPHABET.charAt(RANDOM.nextInt(CreditCode.ALPHABET.length())));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }
}
