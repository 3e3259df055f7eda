package org.greencredit.app.generator;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.deadline.DeadlineSweeper;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.domain.calendar.CalendarSource;
import org.greencredit.domain.common.SimulatedClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generator exists only where time is simulated: it moves the clock. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "greencredit.clock.mode", havingValue = "simulated")
public class GeneratorConfiguration {

    @Bean
    DistrictWorlds districtWorlds(CommandGateway commands, QueryGateway queries, SimulatedClock clock,
                                  DeadlineSweeper sweeper, CaughtUp caughtUp, CalendarSource calendar) {
        return new DistrictWorlds(commands, queries, clock, sweeper, caughtUp, calendar);
    }

    @Bean
    public DistrictGenerator districtGenerator(DistrictWorlds districtWorlds) {
        return new DistrictGenerator(districtWorlds);
    }

    @Bean
    public DemoDistrictSeeder demoDistrictSeeder(DistrictWorlds districtWorlds, ShippedReferenceData referenceData) {
        return new DemoDistrictSeeder(districtWorlds, referenceData);
    }
}
