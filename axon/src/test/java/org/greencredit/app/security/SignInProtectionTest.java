package org.greencredit.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.app.support.TestUsers;
import org.greencredit.domain.access.SignInChannel;
import org.greencredit.domain.access.SignInFailure;
import org.greencredit.domain.access.api.AccountLockedOut;
import org.greencredit.domain.access.api.SignInFailed;
import org.greencredit.domain.access.api.SignInSucceeded;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.SimulatedClock;
import org.greencredit.ui.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in as an attacker would: guessing passwords over the login form and HTTP Basic, from one address across
 * many names, signing a visitor in from another site, and probing the actuator. The application runs on a
 * simulated clock; each test starts a day later, when every lock has expired and every allowance refilled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"greencredit.mongo.embedded-port=0", "greencredit.clock.mode=simulated",
                              "greencredit.clock.simulated-start=2026-12-01",
                              "greencredit.security.sign-in.address-failures=8"})
class SignInProtectionTest {

    /** Any API read an officer may make: the events of a registered credit file. */
    private static final String API = "/api/credit-files/" + TestCreditCodes.code(1) + "/events";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SimulatedClock clock;

    @Autowired
    EventStore eventStore;

    @Autowired
    CommandGateway commands;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @BeforeEach
    void nextDay() {
        clock.moveTo(clock.today().plusDays(1));
        if (eventStore.lastSequenceNumberFor(TestCreditCodes.code(1)).isEmpty()) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(TestEnterprises.registration(1, "登录测试企业"))
                                                      .andMetaData(TestEnterprises.OFFICER.asMetaData()));
        }
    }

    @Test
    void wrongPasswordsOverBasicLockTheNameAfterFiveAndItIsToldWhenToComeBack() throws Exception {
        String user = TestUsers.ensure(accounts, "lock-basic", Role.OFFICER, null);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(basic(API, user, "wrong-password").statusCode());
        }
        HttpResponse<String> locked = basic(API, user, TestUsers.PASSWORD);

        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 20)).containsOnly(429);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(locked.body()).contains("\"key\":\"signIn.tooManyAttempts\"").contains("\"status\":429");
        assertThat(stored(SignInFailed.class, user)).hasSize(5).allSatisfy(failed -> {
            assertThat(failed.channel()).isEqualTo(SignInChannel.BASIC);
            assertThat(failed.reason()).isEqualTo(SignInFailure.BAD_CREDENTIALS);
            assertThat(failed.clientAddress()).isEqualTo("127.0.0.1");
        });
        assertThat(stored(AccountLockedOut.class, user)).singleElement()
                .satisfies(lockout -> assertThat(lockout.lockedUntil()).isEqualTo(clock.instant().plusSeconds(900)));

        clock.moveTo(clock.today().plusDays(1));
        assertThat(basic(API, user, TestUsers.PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void aNameWithoutAnAccountLocksExactlyLikeOneWithAnAccount() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(basic(API, "nobody-here", "wrong-password").statusCode());
        }

        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
        assertThat(stored(AccountLockedOut.class, "nobody-here")).hasSize(1);
    }

    @Test
    void oneAddressTryingManyNamesIsThrottled() throws Exception {
        String user = TestUsers.ensure(accounts, "throttle-victim", Role.OFFICER, null);
        for (int i = 0; i < 8; i++) {
            assertThat(basic(API, "guess-" + i, "wrong-password").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = basic(API, user, TestUsers.PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 900L);
        assertThat(stored(SignInSucceeded.class, user)).isEmpty();
    }

    @Test
    void anApiSignInIsRecordedOncePerIntervalButEveryFormSignIn() throws Exception {
        String user = TestUsers.ensure(accounts, "audited-api", Role.OFFICER, null);
        for (int i = 0; i < 3; i++) {
            assertThat(basic(API, user, TestUsers.PASSWORD).statusCode()).isEqualTo(200);
        }
        assertThat(stored(SignInSucceeded.class, user)).hasSize(1);

        clock.moveTo(clock.today().plusDays(1));
        basic(API, user, TestUsers.PASSWORD);
        signInOnTheForm(user, TestUsers.PASSWORD);
        signInOnTheForm(user, TestUsers.PASSWORD);

        assertThat(stored(SignInSucceeded.class, user)).extracting(SignInSucceeded::channel)
                .containsExactly(SignInChannel.BASIC, SignInChannel.BASIC, SignInChannel.FORM, SignInChannel.FORM);
        EventMessage<?> formSignIn = storedMessages().stream()
                .filter(message -> message.getPayload() instanceof SignInSucceeded succeeded
                                   && succeeded.username().equals(user)).reduce((first, second) -> second)
                .orElseThrow();
        assertThat(formSignIn.getMetaData()).containsEntry(Actor.ID, user).containsEntry(Actor.ROLE, "OFFICER");
    }

    @Test
    void theFormSaysWrongPasswordFiveTimesThenWhenToTryAgainEvenForTheRightPassword() throws Exception {
        String user = TestUsers.ensure(accounts, "lock-form", Role.OFFICER, null);
        for (int i = 0; i < 5; i++) {
            assertThat(location(signInOnTheForm(user, "wrong-password"))).endsWith("/login?error");
        }

        HttpResponse<String> locked = signInOnTheForm(user, TestUsers.PASSWORD);

        long retryAfter = clock.instant().plus(Duration.ofMinutes(15)).getEpochSecond();
        assertThat(location(locked)).endsWith("/login?retryAfter=" + retryAfter);
        assertThat(stored(SignInFailed.class, user)).hasSize(5)
                .allSatisfy(failed -> assertThat(failed.channel()).isEqualTo(SignInChannel.FORM));
        assertThat(stored(SignInSucceeded.class, user)).isEmpty();
    }

    @Test
    void theLoginFormSignsInWithTheTokenOfItsPage() throws Exception {
        String user = TestUsers.ensure(accounts, "form-user", Role.AUDITOR, null);

        HttpResponse<String> signedIn = signInOnTheForm(user, TestUsers.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).doesNotContain("/login");
    }

    @Test
    void anotherSiteCannotSignAVisitorInWithoutTheToken() throws Exception {
        String user = TestUsers.ensure(accounts, "csrf-target", Role.OFFICER, null);

        HttpResponse<String> crossSite = anonymous.send(
                HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                           .header("Origin", "https://attacker.example")
                           .POST(form(Map.of("username", user, "password", TestUsers.PASSWORD))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpClient browser = browser();
        page(browser);
        HttpResponse<String> wrongToken = browser.send(
                HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                           .POST(form(Map.of("username", user, "password", TestUsers.PASSWORD, "_csrf", "forged")))
                           .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(stored(SignInSucceeded.class, user)).isEmpty();
    }

    @Test
    void pagesCarryTheContentSecurityPolicyReferrerPolicyAndALaxSessionCookie() throws Exception {
        HttpResponse<String> login = anonymous.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                                                    HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = basic(API, "nobody", "nothing");

        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValue(WebSecurityConfiguration.WEB_CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(api.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void healthShowsItsDetailsOnlyToAnAdministrator() throws Exception {
        String admin = TestUsers.ensure(accounts, "health-admin", Role.ADMIN, null);
        String auditor = TestUsers.ensure(accounts, "health-auditor", Role.AUDITOR, null);

        String anonymousHealth = anonymous.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                                                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(anonymousHealth).isEqualTo("{\"status\":\"UP\"}");
        assertThat(basic("/actuator/health", auditor, TestUsers.PASSWORD).body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(basic("/actuator/health", admin, TestUsers.PASSWORD).body())
                .contains("\"components\"").contains("\"mongo\"").contains("\"db\"");
    }

    @Test
    void anActuatorPathThatNamesNoEndpointIsNotFoundForEveryone() throws Exception {
        String admin = TestUsers.ensure(accounts, "actuator-admin", Role.ADMIN, null);

        for (String path : List.of("/actuator/foo", "/actuator/env", "/actuator/heapdump", "/actuator/health-x")) {
            HttpResponse<String> asAnonymous = anonymous.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                                                              HttpResponse.BodyHandlers.ofString());
            assertThat(asAnonymous.statusCode()).as(path).isEqualTo(404);
            assertThat(asAnonymous.body()).as(path).doesNotContain("<html");
            assertThat(basic(path, admin, TestUsers.PASSWORD).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(basic("/actuator/info", admin, TestUsers.PASSWORD).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> basic(String path, String username, String password)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                                                                        .getBytes(StandardCharsets.UTF_8));
        return anonymous.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials)
                                         .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the login page as a browser would and posts the form with the token the page carries. */
    private HttpResponse<String> signInOnTheForm(String username, String password)
            throws IOException, InterruptedException {
        HttpClient browser = browser();
        String token = page(browser);
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                                       .header("Content-Type", "application/x-www-form-urlencoded")
                                       .POST(form(Map.of("username", username, "password", password,
                                                         "_csrf", token))).build(),
                            HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                         .build();
    }

    private String page(HttpClient browser) throws IOException, InterruptedException {
        String page = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                                   HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
        return token.group(1);
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private List<EventMessage<?>> storedMessages() throws InterruptedException {
        List<EventMessage<?>> messages = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                messages.add(stream.nextAvailable());
            }
        }
        return messages;
    }

    private <T> List<T> stored(Class<T> type, String username) throws InterruptedException {
        return storedMessages().stream().map(EventMessage::getPayload).filter(type::isInstance).map(type::cast)
                               .filter(event -> username.equals(usernameOf(event))).toList();
    }

    private static String usernameOf(Object event) {
        if (event instanceof SignInFailed failed) {
            return failed.username();
        }
        if (event instanceof SignInSucceeded succeeded) {
            return succeeded.username();
        }
        return event instanceof AccountLockedOut lockout ? lockout.username() : null;
    }

}
