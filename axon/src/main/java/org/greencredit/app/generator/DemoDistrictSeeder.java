package org.greencredit.app.generator;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.clock.SimulatedClock;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.domain.calendar.CalendarSource;

/**
 * Enters the shipped indicator system and calendar if the store lacks them, tells the demo district's story
 * ({@link DemoStory}) up to the day before {@code today}, and waits until every
 * read model has caught up, so the application that starts next on the same store finds everything in place.
 */
public class DemoDistrictSeeder {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SimulatedClock clock;
    private final DeadlineSweeper sweeper;
    private final CaughtUp caughtUp;
    private final CalendarSource calendar;
    private final ShippedReferenceData referenceData;

    public DemoDistrictSeeder(CommandGateway commands, QueryGateway queries, SimulatedClock clock,
                              DeadlineSweeper sweeper, CaughtUp caughtUp, CalendarSource calendar,
                              ShippedReferenceData referenceData) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.sweeper = sweeper;
        this.caughtUp = caughtUp;
        this.calendar = calendar;
        this.referenceData = referenceData;
    }

    /** What was seeded: the enterprises, the commands sent and the two cycles ({@code currentCycle} null if none). */
    public record Seeded(int enterprises, long commands, String earlierCycle, String currentCycle,
                         String demoEnterpriseCreditCode) {
    }

    public Seeded seed(LocalDate today, Consumer<String> progress) {
        referenceData.publishIfAbsent();
        DistrictWorld world = new DistrictWorld(commands, queries, clock, sweeper, caughtUp, calendar, 0);
        DemoStory story = new DemoStory(world, today);
        if (!story.calendarKnowsBothYears()) {
            throw new IllegalStateException("the working-day calendar does not know " + (today.getYear() - 1)
                                            + " and " + today.getYear() + ": enter their arrangements first");
        }
        story.tell(progress);
        caughtUp.awaitAll(Duration.ofMinutes(5));
        List<DemoEnterprises.DemoEnterprise> enterprises = DemoEnterprises.all();
        String current = story.openingDayPuttingTodayInDisclosure().isPresent() ? story.currentCycleId() : null;
        return new Seeded(enterprises.size(), world.commandsSent(), story.earlierCycleId(), current,
                          enterprises.get(DemoEnterprises.DEMO_ENTERPRISE_USER - 1).creditCode());
    }
}
