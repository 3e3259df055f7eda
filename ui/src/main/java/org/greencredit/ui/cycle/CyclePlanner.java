package org.greencredit.ui.cycle;

import java.util.List;
import org.greencredit.domain.cycle.CycleSchedule;

/**
 * What the officer needs before opening a cycle (启动评价周期): the published indicator versions to choose from,
 * and the schedule a cycle opened today would get — counted by the domain's {@link CycleSchedule} on the
 * working-day calendar, exactly as the cycle itself will count it. Implemented in the application.
 */
public interface CyclePlanner {

    List<PublishedVersion> publishedVersions();

    /**
     * The schedule of a cycle opened today with this version; refused with a
     * {@link org.greencredit.domain.common.RuleViolation} (an unpublished version, a year the calendar does not know).
     */
    CycleSchedule scheduleIfOpenedToday(PublishedVersion version);

    /** The business year today, the default year of a new cycle. */
    int currentYear();

    /** One published version of an indicator system. */
    record PublishedVersion(String system, String version) {
    }
}
