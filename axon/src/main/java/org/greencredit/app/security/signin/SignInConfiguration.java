package org.greencredit.app.security.signin;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lockout, throttling and the audit of sign-ins; the guards themselves are placed by the security chains. */
@Configuration(proxyBeanMethods = false)
public class SignInConfiguration {

    @Bean
    public AccountLockouts accountLockouts(MongoDatabase readModelDatabase, SignInProperties settings, Clock clock) {
        return new AccountLockouts(readModelDatabase, settings, clock);
    }

    @Bean
    public ClientAddressThrottle clientAddressThrottle(SignInProperties settings, Clock clock) {
        return new ClientAddressThrottle(settings, clock);
    }

    @Bean
    public SignInAudit signInAudit(EventGateway eventGateway, AccountLockouts lockouts,
                                   ClientAddressThrottle throttle, SignInProperties settings, Clock clock) {
        return new SignInAudit(eventGateway, lockouts, throttle, settings, clock);
    }
}
