package org.greencredit.app.intake.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.greencredit.domain.common.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    private static final LocalDate FIRST_OF_MARCH = LocalDate.of(2025, 3, 1);

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-01", "2025/3/1", "2025.3.1", "2025年3月1日", "2025年03月01日", "２０２５年３月１日",
                            "２０２５－０３－０１", " 2025/03/01 ", "45717", "45717.0"})
    void readsTheWaysOfficesWriteADate(String text) {
        assertThat(CellValues.date(text)).isEqualTo(FIRST_OF_MARCH);
    }

    @Test
    void countsExcelSerialNumbersWithTheLeapYearBugOf1900() {
        assertThat(CellValues.date("1")).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(CellValues.date("59")).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(CellValues.date("61")).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(CellValues.date("2958465")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "昨天", "2025-02-30", "2025/13/1", "20250301", "0", "60", "2958466", "-1",
                            "45717.5", "2025-03", "3/1/2025"})
    void refusesAnythingElseNamingTheText(String text) {
        assertThatThrownBy(() -> CellValues.date(text)).isInstanceOfSatisfying(RuleViolation.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("import.value.date");
            assertThat(refused.arguments()).containsExactly(text);
        });
    }

    @Test
    void foldsACreditCodeToHalfWidthUpperCaseWithoutBlanks() {
        assertThat(CellValues.creditCode("９１３２０５００ＭＡ１Ｗ２Ｘ３Ｙ４Ｚ")).isEqualTo("91320500MA1W2X3Y4Z");
        assertThat(CellValues.creditCode(" 913205\u300000ma1w\u00A02x3y4z\t")).isEqualTo("91320500MA1W2X3Y4Z");
    }

    @Test
    void foldsAndStripsText() {
        assertThat(CellValues.folded("\u3000ＡＢＣ１２３（有限公司） ")).isEqualTo("ABC123(有限公司)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"是", "Y", "y", "TRUE", "true", "1", " 是 ", "ｙｅｓ"})
    void readsYes(String text) {
        assertThat(CellValues.flag(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"否", "N", "n", "FALSE", "False", "0", "no"})
    void readsNo(String text) {
        assertThat(CellValues.flag(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "对", "2", "yes please"})
    void refusesAnyOtherFlag(String text) {
        assertThatThrownBy(() -> CellValues.flag(text)).isInstanceOfSatisfying(RuleViolation.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo("import.value.flag");
            assertThat(refused.arguments()).containsExactly(text);
        });
    }
}
