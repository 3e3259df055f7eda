package org.greencredit.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.support.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.calendar.api.EnterYearArrangement;
import org.greencredit.domain.calendar.api.YearArrangementEntered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final Map<String, Object> ADMIN = new Actor("admin", Role.ADMIN, "信息中心", null).asMetaData();
    private static final YearArrangement Y2026 = ShippedArrangements.all().get(1);

    private FixtureConfiguration<WorkingDayCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkingDayCalendar.class);
    }

    @Test
    void anAdministratorEntersAYear() {
        fixture.givenNoPriorActivity()
               .when(new EnterYearArrangement(WorkingDayCalendar.ID, Y2026), ADMIN)
               .expectEvents(new YearArrangementEntered(WorkingDayCalendar.ID, Y2026))
               .expectState(calendar -> assertThat(calendar.workingDays().knownYears()).containsExactly(2026));
    }

    @Test
    void aYearCanBeReplacedButNotWithTheSameArrangement() {
        YearArrangement amended = new YearArrangement(2026, Y2026.notice() + "（补充）", Y2026.holidays(),
                                                      Y2026.workingWeekends());
        fixture.given(new YearArrangementEntered(WorkingDayCalendar.ID, Y2026))
               .when(new EnterYearArrangement(WorkingDayCalendar.ID, amended), ADMIN)
               .expectEvents(new YearArrangementEntered(WorkingDayCalendar.ID, amended));
        refused(fixture.given(new YearArrangementEntered(WorkingDayCalendar.ID, Y2026)),
                new EnterYearArrangement(WorkingDayCalendar.ID, Y2026), ADMIN, "calendar.year.unchanged [2026]");
    }

    @Test
    void refusesInconsistentArrangements() {
        refused(fixture.givenNoPriorActivity(), new EnterYearArrangement(WorkingDayCalendar.ID,
                new YearArrangement(2027, "通知", List.of(), List.of(LocalDate.of(2027, 1, 4)))), ADMIN,
                "calendar.workingWeekend.notAWeekend [2027-01-04]");
        refused(fixture.givenNoPriorActivity(), new EnterYearArrangement(WorkingDayCalendar.ID,
                new YearArrangement(2027, "通知", List.of(
                        new Holiday("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3)),
                        new Holiday("其他", LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 4))), List.of())), ADMIN,
                "calendar.holiday.overlap [其他, 元旦]");
        refused(fixture.givenNoPriorActivity(), new EnterYearArrangement(WorkingDayCalendar.ID,
                new YearArrangement(2027, "通知", List.of(), List.of(LocalDate.of(2026, 12, 26)))), ADMIN,
                "calendar.date.otherYear [2026-12-26, 2027]");
    }

    @Test
    void onlyAnAdministratorOrTheSystemEntersYears() {
        refused(fixture.givenNoPriorActivity(), new EnterYearArrangement(WorkingDayCalendar.ID, Y2026),
                Actor.officer("o", "执法大队").asMetaData(), "actor.notPermitted [OFFICER]");
    }
}
