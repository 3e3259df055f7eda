package org.greencredit.app.generator;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.clock.SimulatedClock;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.domain.calendar.CalendarSource;

/** What a {@link DistrictWorld} is made of; the generator and the demo district each open one per run. */
final class DistrictWorlds {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SimulatedClock clock;
    private final DeadlineSweeper sweeper;
    private final CaughtUp caughtUp;
    private final CalendarSource calendar;

    DistrictWorlds(CommandGateway commands, QueryGateway queries, SimulatedClock clock, DeadlineSweeper sweeper,
                   CaughtUp caughtUp, CalendarSource calendar) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.sweeper = sweeper;
        this.caughtUp = caughtUp;
        this.calendar = calendar;
    }

    DistrictWorld open(long seed) {
        return new DistrictWorld(commands, queries, clock, sweeper, caughtUp, calendar, seed);
    }
}
