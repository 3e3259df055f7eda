package org.greencredit.app.security.signin;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.greencredit.app.GreenCreditProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lockout, throttling and the audit of sign-ins; the guards themselves are placed by the security chains. */
@Configuration(proxyBeanMethods = false)
public class SignInConfiguration {

    @Bean
    public AccountLockouts accountLockouts(MongoDatabase readModelDatabase, GreenCreditProperties properties,
                                           Clock clock) {
        return new AccountLockouts(readModelDatabase, properties.security().signIn(), clock);
    }

    @Bean
    public ClientAddressThrottle clientAddressThrottle(GreenCreditProperties properties, Clock clock) {
        return new ClientAddressThrottle(properties.security().signIn(), clock);
    }

    @Bean
    public SignInAudit signInAudit(EventGateway eventGateway, AccountLockouts lockouts,
                                   ClientAddressThrottle throttle, GreenCreditProperties properties, Clock clock) {
        return new SignInAudit(eventGateway, lockouts, throttle, properties.security().signIn(), clock);
    }
}
