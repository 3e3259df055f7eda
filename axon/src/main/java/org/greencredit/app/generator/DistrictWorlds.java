package org.greencredit.app.generator;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.common.SimulatedClock;

/** What a {@link DistrictWorld} is made of; the generator and the demo district each open one per run. */
record DistrictWorlds(CommandGateway commands, QueryGateway queries, SimulatedClock clock, DeadlineSweeper sweeper,
                      CaughtUp caughtUp, CalendarSource calendar) {

    DistrictWorld open(long seed) {
        return new DistrictWorld(this, seed);
    }
}
