package org.greencredit.app.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.greencredit.app.api.ApiSecurityProblems;
import org.greencredit.ui.security.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what over HTTP. The web UI signs in through the login view and keeps the user in the session;
 * Vaadin checks each view's role annotations on the server at every navigation. The REST API is stateless: every
 * request carries HTTP Basic credentials, so a browser's session cookie never authorises an API call and the API
 * needs no CSRF token. Health is public so load balancers and the durability test can probe it; so is the error
 * dispatch, which carries the API's 401 and 403 answers. The public disclosure page (信用评价结果公示) opens without
 * signing in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebSecurityConfiguration {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, ApiSecurityProblems problems) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**", "/error")
                   .authorizeHttpRequests(requests -> requests
                           .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                           .requestMatchers("/api/admin/**").hasRole("ADMIN")
                           .requestMatchers("/api/audit/**").hasAnyRole("ADMIN", "AUDITOR")
                           .requestMatchers("/actuator/**").hasRole("ADMIN")
                           .anyRequest().authenticated())
                   .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                   .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                   .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                   .csrf(csrf -> csrf.disable())
                   .build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        // The public disclosure page is @AnonymousAllowed; Vaadin's own matcher only recognises such routes once its
        // servlet has started, so the page's path is named here too (its view still checks its annotation).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/public").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"))
                   .build();
    }
}
