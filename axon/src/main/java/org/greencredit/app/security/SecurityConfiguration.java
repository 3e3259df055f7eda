package org.greencredit.app.security;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Arrays;
import org.greencredit.app.GreenCreditProperties;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

/** User accounts, the seal that detects their tampering, and the first administrator. */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    public AccountSeal accountSeal(GreenCreditProperties properties, Environment environment) {
        return AccountSeal.of(properties, Arrays.asList(environment.getActiveProfiles()).contains("production"));
    }

    @Bean
    public MongoUserAccounts userAccounts(MongoDatabase readModelDatabase, PasswordEncoder passwordEncoder,
                                          Clock clock, AccountSeal accountSeal) {
        return new MongoUserAccounts(readModelDatabase, passwordEncoder, clock, accountSeal);
    }

    @Bean
    public InitialAdministrator initialAdministrator(
            MongoUserAccounts userAccounts, Environment environment, GreenCreditProperties properties) {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("production");
        GreenCreditProperties.InitialAdmin admin = properties.security().initialAdmin();
        return new InitialAdministrator(userAccounts, admin.username(), admin.password(), production);
    }

    @Bean
    @Order(0)
    public ApplicationRunner initialAdministratorOnStart(MongoUserAccounts userAccounts,
                                                        InitialAdministrator initialAdministrator) {
        return arguments -> {
            userAccounts.adoptUnsealed();
            initialAdministrator.ensure();
        };
    }
}
