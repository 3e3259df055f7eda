package org.greencredit.ui.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-05-12", "2025-5-12", "2025/5/12", "2025/05/12", "2025.5.12", "2025年5月12日",
                            "2025年05月12日", "2025年5月12", " 2025 年 5 月 12 日 ", "２０２５／５／１２", "２０２５年５月１２日"})
    void takesTheWaysADayIsWrittenHere(String text) {
        assertThat(DateInput.parse(text)).contains(LocalDate.of(2025, 5, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "garbage", "12345", "2025", "2025-5", "2025/5-12", "2025-13-01", "2025-2-30",
                            "25/5/12", "12/5/2025", "2025年13月1日", "2025-05-12T00:00", "2025年5月12日后"})
    void refusesAnythingElse(String text) {
        assertThat(DateInput.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesNothingAtAll() {
        assertThat(DateInput.parse(null)).isEmpty();
    }
}
