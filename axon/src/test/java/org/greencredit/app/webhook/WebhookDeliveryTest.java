package org.greencredit.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.greencredit.app.notify.ReadStoreInMemory;
import org.greencredit.app.retry.Backoff;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.ui.webhook.CreatedSubscription;
import org.greencredit.ui.webhook.WebhookDelivery;
import org.greencredit.ui.webhook.WebhookSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partner webhooks against a local HTTP server: the signature a receiver checks, retries after a failure, giving
 * up, what is never sent, who sees which subscription, and every refusal of a subscription.
 */
class WebhookDeliveryTest {

    private static final String CODE = "91110112MA00000016";
    private static final String OTHER_CODE = "91110112MA0000003C";
    private static final Actor BANK = new Actor("bank-user", Role.PARTNER, "建设银行通州支行", null);
    private static final Actor TAX = new Actor("tax-user", Role.PARTNER, "区税务局", null);

    private ReadStoreInMemory readStore;
    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private WebhookStore store;
    private WebhookNotifier notifier;
    private String url;

    record Received(Map<String, List<String>> headers, String body) {
    }

    @BeforeEach
    void setUp() throws IOException {
        readStore = new ReadStoreInMemory();
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(exchange.getRequestHeaders(),
                                      new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
        url = "http://localhost:" + receiver.getAddress().getPort() + "/hook";
        store = new WebhookStore(readStore.database(), new WebhookUrls(true), new SecretBox("k".repeat(40)),
                                 Set.of(CODE, OTHER_CODE)::contains, readStore.clock);
        notifier = new WebhookNotifier(store, new ObjectMapper());
    }

    @AfterEach
    void tearDown() {
        receiver.stop(0);
        readStore.close();
    }

    @Test
    void aPublishedGradeIsPostedOnceSignedOverTimestampAndBody() throws Exception {
        CreatedSubscription created = store.subscribe(url, CODE + "\n", BANK);
        GradeDecided event = decided(DecisionKind.FINAL, "B");
        notifier.on(event, "evt-1", readStore.clock.instant());
        notifier.on(event, "evt-1", readStore.clock.instant());

        assertThat(dispatcher(6).dispatchDue()).isEqualTo(1);
        assertThat(dispatcher(6).dispatchDue()).isZero();

        assertThat(received).hasSize(1);
        Received request = received.get(0);
        String timestamp = request.headers().get("X-greencredit-timestamp").get(0);
        assertThat(Long.parseLong(timestamp)).isEqualTo(readStore.clock.instant().getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(created.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + java.util.HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(request.headers().get("X-greencredit-signature")).containsExactly(expected);
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.get("type").asText()).isEqualTo("grade.published");
        assertThat(body.get("creditCode").asText()).isEqualTo(CODE);
        assertThat(body.get("decisionKind").asText()).isEqualTo("FINAL");
        assertThat(body.get("grade").asText()).isEqualTo("B");
        assertThat(body.get("deliveryId").asText())
                .isEqualTo(request.headers().get("X-greencredit-delivery").get(0))
                .isEqualTo(WebhookNotifier.deliveryId("evt-1", created.subscription().id()));
        assertThat(store.deliveries(created.subscription().id(), BANK)).singleElement()
                .satisfies(delivery -> {
                    assertThat(delivery.state()).isEqualTo("DELIVERED");
                    assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::status).containsExactly(200);
                });
    }

    @Test
    void aFailedAttemptIsRetriedAfterTheBackOffThenSucceeds() {
        CreatedSubscription created = store.subscribe(url, CODE, BANK);
        notifier.on(decided(DecisionKind.REVIEWED, "C"), "evt-2", readStore.clock.instant());
        statuses.add(500);
        WebhookDispatcher dispatcher = dispatcher(6);

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(dispatcher.dispatchDue()).as("not due before the back-off").isZero();
        readStore.clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(received).hasSize(2);
        assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
        WebhookDelivery delivery = store.deliveries(created.subscription().id(), BANK).get(0);
        assertThat(delivery.state()).isEqualTo("DELIVERED");
        assertThat(delivery.attempts()).extracting(WebhookDelivery.Attempt::status).containsExactly(500, 200);
        assertThat(delivery.attempts().get(0).error()).isEqualTo("HTTP 500");
    }

    @Test
    void aReceiverThatKeepsFailingIsGivenUpAfterTheAttempts() {
        CreatedSubscription created = store.subscribe(url, CODE, BANK);
        notifier.on(decided(DecisionKind.DYNAMIC, "D"), "evt-3", readStore.clock.instant());
        for (int i = 0; i < 10; i++) {
            statuses.add(503);
        }
        WebhookDispatcher dispatcher = dispatcher(3);
        for (int round = 0; round < 6; round++) {
            dispatcher.dispatchDue();
            readStore.clock.advance(Duration.ofHours(2));
        }
        WebhookDelivery delivery = store.deliveries(created.subscription().id(), BANK).get(0);
        assertThat(delivery.state()).isEqualTo("FAILED");
        assertThat(delivery.attempts()).hasSize(3);
        assertThat(received).hasSize(3);
    }

    @Test
    void aPreliminaryGradeAnEventBeforeTheSubscriptionAndAnUnfollowedEnterpriseAreNeverSent() {
        java.time.Instant before = readStore.clock.instant();
        readStore.clock.advance(Duration.ofMinutes(1));
        store.subscribe(url, CODE, BANK);
        notifier.on(decided(DecisionKind.PRELIMINARY, "A"), "evt-pre", readStore.clock.instant());
        notifier.on(decided(DecisionKind.FINAL, "A"), "evt-old", before);
        GradeDecided otherEnterprise = new GradeDecided(OTHER_CODE, "d", DecisionKind.FINAL, "2026-A",
                                                        LocalDate.of(2026, 5, 30), decision("A"), null,
                                                        new DecisionTrigger(DecisionTrigger.PUBLICATION, "2026-A"));
        notifier.on(otherEnterprise, "evt-other", readStore.clock.instant());

        assertThat(dispatcher(6).dispatchDue()).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void aPartnerSeesOnlyItsOwnDepartmentsSubscriptionsAndDeliveries() {
        CreatedSubscription bank = store.subscribe(url, CODE, BANK);
        store.subscribe(url, OTHER_CODE, TAX);

        assertThat(store.visible(BANK)).extracting(WebhookSubscription::department).containsExactly("建设银行通州支行");
        assertThat(store.visible(TAX)).extracting(WebhookSubscription::department).containsExactly("区税务局");
        assertThat(store.visible(new Actor("admin", Role.ADMIN, "信息中心", null))).hasSize(2);
        assertThat(store.visible(new Actor("auditor", Role.AUDITOR, "审计组", null))).hasSize(2);
        String bankId = bank.subscription().id();
        assertThatThrownBy(() -> store.deliveries(bankId, TAX)).isInstanceOf(RuleViolation.class)
                                                               .hasMessageContaining("webhook.subscription.notFound");
        assertThatThrownBy(() -> store.cancel(bankId, TAX)).isInstanceOf(RuleViolation.class)
                                                           .hasMessageContaining("webhook.subscription.notFound");
        assertThatThrownBy(() -> store.visible(Actor.officer("officer", "执法支队")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("actor.notPermitted");
        assertThatThrownBy(() -> store.subscribe(url, CODE, new Actor("admin", Role.ADMIN, "信息中心", null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("actor.notPermitted");
        assertThatThrownBy(() -> store.subscribe(url, CODE, Actor.enterprise("ent", CODE)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("actor.notPermitted");

        store.cancel(bankId, BANK);
        notifier.on(decided(DecisionKind.FINAL, "B"), "evt-4", readStore.clock.instant());
        assertThat(dispatcher(6).dispatchDue()).isZero();
        assertThat(received).isEmpty();
    }

    @Test
    void badUrlsAndUnknownOrInvalidCreditCodesAreRefused() {
        assertRefused(() -> store.subscribe("not a url", CODE, BANK), "webhook.url.invalid");
        assertRefused(() -> store.subscribe("ftp://example.com/hook", CODE, BANK), "webhook.url.notHttps");
        assertRefused(() -> store.subscribe(url, "", BANK), "webhook.codes.missing");
        assertRefused(() -> store.subscribe(url, CODE + ", 91110112MA00000017", BANK), "webhook.codes.invalid");
        assertRefused(() -> store.subscribe(url, "91110112MA0000004F", BANK), "webhook.codes.unknown");
        assertRefused(() -> store.subscribe(url, CODE, new Actor("p", Role.PARTNER, null, null)),
                      "webhook.department.missing");
        assertThat(store.visible(BANK)).isEmpty();

        WebhookUrls strict = new WebhookUrls(false, host -> switch (host) {
            case "intranet.example" -> new InetAddress[]{InetAddress.getByName("10.1.2.3")};
            case "metadata.example" -> new InetAddress[]{InetAddress.getByName("169.254.169.254")};
            case "cgnat.example" -> new InetAddress[]{InetAddress.getByName("100.64.0.1")};
            case "ula.example" -> new InetAddress[]{InetAddress.getByName("fd00::1")};
            case "partner.example" -> new InetAddress[]{InetAddress.getByName("203.0.113.10")};
            default -> InetAddress.getAllByName(host);
        });
        assertRefused(() -> strict.check("http://localhost:8080/hook"), "webhook.url.notHttps");
        assertRefused(() -> strict.check("https://127.0.0.1/hook"), "webhook.url.privateAddress");
        assertRefused(() -> strict.check("https://intranet.example/hook"), "webhook.url.privateAddress");
        assertRefused(() -> strict.check("https://metadata.example/hook"), "webhook.url.privateAddress");
        assertRefused(() -> strict.check("https://cgnat.example/hook"), "webhook.url.privateAddress");
        assertRefused(() -> strict.check("https://ula.example/hook"), "webhook.url.privateAddress");
        assertRefused(() -> strict.check("https://user:pw@partner.example/hook"), "webhook.url.invalid");
        assertThat(strict.check("https://partner.example/hook").getHost()).isEqualTo("partner.example");
    }

    @Test
    void theSecretIsStoredEncryptedAndOpensOnlyUnderItsKey() {
        CreatedSubscription created = store.subscribe(url, CODE, BANK);
        String stored = readStore.database().getCollection(WebhookStore.SUBSCRIPTIONS).find().first()
                                 .getString("secret");
        assertThat(stored).doesNotContain(created.secret());
        assertThat(new SecretBox("k".repeat(40)).open(stored)).isEqualTo(created.secret());
        assertThatThrownBy(() -> new SecretBox("x".repeat(40)).open(stored))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class,
                                                        refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
    }

    private WebhookDispatcher dispatcher(int attempts) {
        return new WebhookDispatcher(store, new WebhookUrls(true), Duration.ofSeconds(5),
                                     new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), attempts),
                                     readStore.clock);
    }

    private static GradeDecided decided(DecisionKind kind, String grade) {
        return new GradeDecided(CODE, "decision-" + kind, kind, "2026-A", LocalDate.of(2026, 5, 30), decision(grade),
                                null, new DecisionTrigger(DecisionTrigger.PUBLICATION, "2026-A"));
    }

    private static GradeDecision decision(String grade) {
        return new GradeDecision("TZ", "2026.1", "hash", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                                 LocalDate.of(2026, 5, 30), List.of(), List.of(), new BigDecimal("80"), grade,
                                 List.of(), List.of(), List.of(), grade);
    }
}
