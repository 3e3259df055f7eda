package org.greencredit.app.partner;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Arrays;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.queryhandling.QueryGateway;
import org.greencredit.app.GreenCreditProperties;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.domain.scoring.IndicatorVersions;
import org.greencredit.projections.partner.PartnerClientsProjection;
import org.greencredit.projections.published.PublishedResultsProjection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * 合作方接口 (partner API): its read models, its clients and the filter chain of its paths ({@value #PATHS}).
 *
 * <p>The chain comes before the API chain and admits partner clients only: HTTP Basic with the client id as user
 * name and the secret as password, checked by {@link PartnerClientAuthentication} — user accounts are not asked, so
 * no user (not even an administrator) reads through these paths, and a client's credentials open no other path
 * (the API chain knows only user accounts). Each operation needs its scope; then the client's rate
 * ({@link PartnerRateLimit}); every request is recorded ({@link PartnerRequestLog}).
 */
@Configuration(proxyBeanMethods = false)
public class PartnerConfiguration {

    static final String PATHS = "/api/v1/results/**";
    private static final String NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @ConditionalOnProperty(name = "greencredit.processors.enabled", havingValue = "true", matchIfMissing = true)
    public PublishedResultsProjection publishedResultsProjection(MongoDatabase readModelDatabase,
                                                                 IndicatorVersions indicatorVersions) {
        return new PublishedResultsProjection(readModelDatabase, indicatorVersions);
    }

    @Bean
    @ConditionalOnProperty(name = "greencredit.processors.enabled", havingValue = "true", matchIfMissing = true)
    public PartnerClientsProjection partnerClientsProjection(MongoDatabase readModelDatabase) {
        return new PartnerClientsProjection(readModelDatabase);
    }

    /**
     * The change feed must become visible in cursor order: a reader that has seen position p must never later find a
     * change below p. One segment handles the events in the order of the store; several would handle enterprises
     * side by side, each at its own pace.
     */
    @Bean
    public ConfigurerModule publishedResultsInOneSegment() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                PublishedResultsProjection.PROCESSING_GROUP, (c, builder) -> builder.initialSegmentCount(1));
    }

    @Bean
    public PartnerSecrets partnerSecrets(GreenCreditProperties properties, Environment environment) {
        return PartnerSecrets.of(properties, Arrays.asList(environment.getActiveProfiles()).contains("production"));
    }

    @Bean
    public PartnerClientDesk partnerClientDesk(CommandGateway commandGateway, QueryGateway queryGateway,
                                               PartnerSecrets partnerSecrets) {
        return new PartnerClientDesk(commandGateway, queryGateway, partnerSecrets);
    }

    @Bean
    public PartnerRequestLog partnerRequestLog(MongoDatabase readModelDatabase, Clock clock) {
        return new PartnerRequestLog(readModelDatabase, clock);
    }

    /** The log runs inside the partner chain only, not as a servlet filter of every request. */
    @Bean
    public FilterRegistrationBean<PartnerRequestLog> partnerRequestLogOnlyInItsChain(PartnerRequestLog log) {
        FilterRegistrationBean<PartnerRequestLog> registration = new FilterRegistrationBean<>(log);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(0)
    public SecurityFilterChain partnerSecurity(HttpSecurity http, QueryGateway queryGateway, PartnerSecrets secrets,
                                               Clock clock, ApiProblems problems, PartnerRequestLog log,
                                               GreenCreditProperties properties)
            throws Exception {
        int perMinute = properties.partner().requestsPerMinute();
        PartnerSecurityProblems refusals = new PartnerSecurityProblems(problems);
        return http.securityMatcher(PATHS)
                   .authenticationManager(new ProviderManager(
                           new PartnerClientAuthentication(queryGateway, secrets, clock)))
                   .authorizeHttpRequests(requests -> requests
                           .requestMatchers(HttpMethod.GET, "/api/v1/results/changes")
                           .hasAuthority(PartnerCaller.authority(PartnerScope.CHANGES))
                           .requestMatchers(HttpMethod.GET, "/api/v1/results/cycles/**")
                           .hasAuthority(PartnerCaller.authority(PartnerScope.CYCLE_RESULTS))
                           .requestMatchers(HttpMethod.POST, "/api/v1/results/batch")
                           .hasAuthority(PartnerCaller.authority(PartnerScope.BATCH))
                           .requestMatchers(HttpMethod.GET, "/api/v1/results/*")
                           .hasAuthority(PartnerCaller.authority(PartnerScope.LOOKUP))
                           .anyRequest().authenticated())
                   .addFilterBefore(log, BasicAuthenticationFilter.class)
                   .addFilterAfter(new PartnerRateLimit(perMinute, clock, problems), BasicAuthenticationFilter.class)
                   .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                   .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                   .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                   .csrf(csrf -> csrf.disable())
                   .headers(headers -> headers
                           .contentSecurityPolicy(csp -> csp.policyDirectives(NO_CONTENT_POLICY))
                           .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                   .build();
    }
}
