package org.greencredit.app.cycle;

import java.time.Clock;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.storage.WholeStream;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.cycle.CycleSchedule;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.indicator.IndicatorCatalog;
import org.greencredit.domain.indicator.VersionStatus;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.ui.cycle.CyclePlanner;
import org.springframework.stereotype.Component;

/**
 * The cycle view's planner: the district's indicator system catalog as its events define it now, and the schedule
 * counted by {@link CycleSchedule#plan} with the same version settings, calendar and clock the cycle uses.
 */
@Component
public class WorkingDayCyclePlanner implements CyclePlanner {

    private final EventStore eventStore;
    private final IndicatorVersions versions;
    private final CalendarSource calendar;
    private final Clock clock;

    public WorkingDayCyclePlanner(EventStore eventStore, IndicatorVersions versions, CalendarSource calendar,
                                  Clock clock) {
        this.eventStore = eventStore;
        this.versions = versions;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public List<PublishedVersion> publishedVersions() {
        List<Object> payloads = WholeStream.of(eventStore, DefaultIndicatorSystem.SYSTEM).asStream()
                                          .<Object>map(DomainEventMessage::getPayload).toList();
        return IndicatorCatalog.fold(payloads).stream().filter(entry -> entry.status() == VersionStatus.PUBLISHED)
                               .map(entry -> new PublishedVersion(DefaultIndicatorSystem.SYSTEM, entry.version()))
                               .toList();
    }

    @Override
    public CycleSchedule scheduleIfOpenedToday(PublishedVersion version) {
        var engine = versions.published(version.system(), version.version()).orElseThrow(
                () -> new RuleViolation("indicator.version.notPublished", String.valueOf(version.version())));
        return CycleSchedule.plan(BusinessDay.today(clock), engine.system().evaluation(), calendar.workingDays());
    }

    @Override
    public int currentYear() {
        return BusinessDay.today(clock).getYear();
    }
}
