package org.greencredit.domain.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InspectionPeriodTest {

    @Test
    void aQuarterIsPublishedFromTheDayAfterItsLastDay() {
        InspectionPeriod q4 = InspectionPeriod.parse("2026-Q4");
        assertThat(q4.publishedFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(q4.publishedOn(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(q4.publishedOn(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(q4.publishedOn(LocalDate.of(2027, 1, 1))).isTrue();
        InspectionPeriod q1 = InspectionPeriod.parse("2024-Q1");
        assertThat(q1.publishedOn(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(q1.publishedOn(LocalDate.of(2024, 4, 1))).isTrue();
    }
}
