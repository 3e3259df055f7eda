package org.greencredit.app.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.greencredit.app.problem.ApiProblems;
import org.greencredit.app.problem.ApiSecurityProblems;
import org.greencredit.app.security.signin.AccountLockouts;
import org.greencredit.app.security.signin.ClientAddressThrottle;
import org.greencredit.app.security.signin.SignInGuard;
import org.greencredit.ui.security.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what over HTTP. The web UI signs in through the login view and keeps the user in the session;
 * Vaadin checks each view's role annotations on the server at every navigation. The REST API is stateless: every
 * request carries HTTP Basic credentials, so a browser's session cookie never authorises an API call and the API
 * needs no CSRF token. Health is public so load balancers and the durability test can probe it (its details only
 * for an administrator); so is the error dispatch, which carries the API's 401 and 403 answers. The public
 * disclosure page (信用评价结果公示) opens without signing in. Both ways of signing in pass a {@link SignInGuard}
 * (lockout and throttling).
 *
 * <p>A source system's account (数据来源系统) is a machine's: it may call the intake API ({@value #INTAKE_API})
 * and nothing else — every other API path refuses it, and the web UI's sign-in does not admit it at all
 * ({@link WebSignIn}), so it never holds a session in which a view could be opened. The API documentation
 * (OpenAPI and Swagger UI) is public and has a chain of its own, with a Content-Security-Policy that Swagger UI
 * runs under.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class WebSecurityConfiguration {

    /**
     * What the Vaadin production bundle needs and nothing more: its bootstrap page carries an inline script with the
     * initial state, the Flow client evaluates the JavaScript the server sends ({@code executeJs}, property
     * bindings) with {@code new Function}, and components set inline styles. Everything is loaded from this origin;
     * push uses a same-origin WebSocket, which {@code connect-src 'self'} admits.
     */
    static final String WEB_CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** JSON only: nothing to load, nothing to frame. */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /**
     * Swagger UI: its scripts and styles are files of this origin (no inline script, no eval), its components set
     * inline styles and its icons are {@code data:} images; it reads the OpenAPI document and sends "try it out"
     * requests to this origin.
     */
    static final String API_DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String INTAKE_API = "/api/v1/intake/**";
    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                                      "/swagger-ui/**"};

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, ApiSecurityProblems problems, ApiProblems answers,
                                           AccountLockouts lockouts, ClientAddressThrottle throttle, Clock clock)
            throws Exception {
        return http.securityMatcher("/api/**", "/actuator", "/actuator/**", "/error")
                   .authorizeHttpRequests(requests -> requests
                           .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                           .requestMatchers(INTAKE_API).hasAnyRole("OFFICER", "SOURCE_SYSTEM")
                           .requestMatchers("/api/admin/**").hasRole("ADMIN")
                           .requestMatchers("/api/audit/**").hasAnyRole("ADMIN", "AUDITOR")
                           .requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN")
                           .anyRequest().access(SourceSystems.KEPT_OUT))
                   .addFilterBefore(new UnknownActuatorPaths(answers), BasicAuthenticationFilter.class)
                   .addFilterBefore(SignInGuard.basic(lockouts, throttle, clock, answers), BasicAuthenticationFilter.class)
                   .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                   .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                   .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                   .csrf(csrf -> csrf.disable())
                   .headers(headers -> headers
                           .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                           .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                   .build();
    }

    /**
     * The OpenAPI document and Swagger UI, readable without signing in: they describe the machine interface and hold
     * no data. Nothing here keeps a session; "try it out" calls go to the API chain with their own credentials.
     */
    @Bean
    @Order(2)
    public SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(API_DOCS)
                   .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                   .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                   .csrf(csrf -> csrf.disable())
                   .headers(headers -> headers
                           .contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_CONTENT_SECURITY_POLICY))
                           .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                   .build();
    }

    @Bean
    @Order(3)
    public SecurityFilterChain webSecurity(HttpSecurity http, RequestUtil vaadinRequests, AccountLockouts lockouts,
                                           ClientAddressThrottle throttle, Clock clock, UserDetailsService accounts,
                                           PasswordEncoder passwords, AuthenticationEventPublisher signInEvents)
            throws Exception {
        http.authenticationManager(WebSignIn.authenticationManager(accounts, passwords, signInEvents));
        // The public pages are @AnonymousAllowed; Vaadin's own matcher only recognises such routes once its
        // servlet has started, so their paths are named here too (each view still checks its annotation).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/public", "/public/**")
                                                       .permitAll());
        // Vaadin's configurer exempts the login path from CSRF, which lets another site sign a visitor in to an
        // account of its choosing (login CSRF). Its internal requests carry Vaadin's own token instead; the login
        // form carries Spring's, which the bootstrap page publishes in meta tags and Vaadin's LoginForm posts along.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(SignInGuard.form("/login", lockouts, throttle, clock),
                             UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(WEB_CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                                                                            .enableCsrfConfiguration(false))
                   .build();
    }
}
