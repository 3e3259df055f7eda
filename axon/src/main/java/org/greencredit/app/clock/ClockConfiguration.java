package org.greencredit.app.clock;

import java.time.Clock;
import java.util.Objects;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.SimulatedClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for command handlers and the deadline sweep: the system clock in Asia/Shanghai, or — only when
 * {@code greencredit.clock.mode=simulated}, for the generator and tests — a {@link SimulatedClock} starting on
 * {@code greencredit.clock.simulated-start}.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    @ConditionalOnProperty(name = "greencredit.clock.mode", havingValue = "system", matchIfMissing = true)
    public Clock districtClock() {
        return Clock.system(BusinessDay.DISTRICT_ZONE);
    }

    @Bean
    @ConditionalOnProperty(name = "greencredit.clock.mode", havingValue = "simulated")
    public SimulatedClock simulatedClock(GreenCreditProperties properties) {
        return new SimulatedClock(Objects.requireNonNull(properties.clock().simulatedStart(),
                                                         "greencredit.clock.simulated-start is needed with "
                                                         + "greencredit.clock.mode=simulated"));
    }
}
