package org.greencredit.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.greencredit.domain.calendar.ShippedArrangements;
import org.greencredit.domain.common.RuleViolation;
import org.junit.jupiter.api.Test;

class ArrangementFileTest {

    @Test
    void theShippedFileReadsAsTheShippedArrangements() throws IOException {
        try (InputStream shipped = ShippedArrangements.class.getResourceAsStream("/calendars/holidays.yaml")) {
            assertThat(ArrangementFile.parse(shipped.readAllBytes())).isEqualTo(ShippedArrangements.all());
        }
    }

    @Test
    void malformedFilesAreRefusedNamingThePlace() {
        assertRefused("2027: [unclosed", "admin.calendar.file.notYaml");
        assertRefused("", "admin.calendar.file.noYears");
        assertRefused("- 2027", "admin.calendar.file.noYears");
        assertRefused("twenty: {notice: x, holidays: [], workingWeekends: []}", "admin.calendar.file.notAYear");
        assertRefused("2027: {holidays: [], workingWeekends: []}", "admin.calendar.file.missing");
        assertRefused("2027: {notice: x, workingWeekends: []}", "admin.calendar.file.missing");
        assertRefused("2027: {notice: x, holidays: [{name: 元旦, from: 2027-01-01}], workingWeekends: []}",
                      "admin.calendar.file.missing");
        assertRefused("2027: {notice: x, holidays: [], workingWeekends: [2027-1-9]}", "admin.calendar.file.badDate");
    }

    @Test
    void aYearBreakingTheCalendarsRulesIsRefusedBeforeAnythingIsEntered() {
        assertRefused("""
                2027: {notice: x, holidays: [{name: 元旦, from: 2027-01-01, to: 2027-01-01}], workingWeekends: []}
                2028: {notice: y, holidays: [{name: 元旦, from: 2028-01-03, to: 2028-01-01}], workingWeekends: []}
                """, "calendar.holiday.invalid");
    }

    private static void assertRefused(String content, String key) {
        assertThatThrownBy(() -> ArrangementFile.parse(content.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(refusal -> assertThat(((RuleViolation) refusal).messageKey()).isEqualTo(key));
    }
}
