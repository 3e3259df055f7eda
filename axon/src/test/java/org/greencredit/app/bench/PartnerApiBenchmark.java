package org.greencredit.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.messaging.CaughtUp;
import org.greencredit.app.partner.PartnerClientDesk;
import org.greencredit.app.support.TemporaryDataDirectory;
import org.greencredit.app.support.TestCreditCodes;
import org.greencredit.app.support.TestEnterprises;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.creditfile.DecisionKind;
import org.greencredit.domain.creditfile.api.DecisionTrigger;
import org.greencredit.domain.creditfile.api.EnterpriseRegistered;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.greencredit.domain.partner.PartnerScope;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.ui.partner.PartnerClients;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The partner API over HTTP on the running application with 10,000 enterprises that have a published result. The
 * district is seeded by appending each enterprise's registration and FINAL decision (scored on the shipped version)
 * to the event store, so every processor — the published results among them — builds its read model as it would
 * from a real district; then a client reads: single lookups (p50/p99 over 2,000 calls after 200 to warm up) and
 * batches of 1,000 random codes. Run with {@code mvn -o -pl axon -am verify -Pbench -Dtest=PartnerApiBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures in {@code target/benchmarks/partner-api.txt}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = {"greencredit.mongo.embedded-port=0", "greencredit.demo.enabled=false"})
class PartnerApiBenchmark {

    private static final int ENTERPRISES = 10_000;
    private static final int FIRST = 70_000;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDirectory.register(registry);
    }

    @Test
    void measure() throws Exception {
        List<String> report = new ArrayList<>();
        long seeding = System.nanoTime();
        List<String> codes = seed();
        report.add(String.format("seeded %d enterprises with a FINAL decision through the processors in %.0f s",
                                 codes.size(), (System.nanoTime() - seeding) / 1e9));

        PartnerClients.IssuedClient client = context.getBean(PartnerClientDesk.class).register(
                "基准测试银行", null, EnumSet.allOf(PartnerScope.class),
                LocalDate.now(context.getBean(Clock.class)).plusDays(1), 100_000,
                new Actor("bench-admin", Role.ADMIN, "信息中心", null));
        context.getBean(CaughtUp.class).awaitAll(Duration.ofMinutes(1));
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (client.clientId() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(42);

        for (int i = 0; i < 200; i++) {
            single(http, authorization, codes.get(random.nextInt(codes.size())));
        }
        long[] singles = new long[2000];
        for (int i = 0; i < singles.length; i++) {
            singles[i] = single(http, authorization, codes.get(random.nextInt(codes.size())));
        }
        report.add(summary("single lookup", singles));

        for (int i = 0; i < 3; i++) {
            batch(http, authorization, pick(codes, random));
        }
        long[] batches = new long[20];
        for (int i = 0; i < batches.length; i++) {
            batches[i] = batch(http, authorization, pick(codes, random));
        }
        report.add(summary("batch of 1,000", batches));

        Path out = Path.of("target", "benchmarks", "partner-api.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
    }

    private List<String> seed() {
        ScoringEngine engine = ScoringEngine.of(DefaultIndicatorSystem.definition());
        GradeDecision decision = engine.score(List.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                                              LocalDate.of(2026, 4, 21));
        EventStore store = context.getBean(EventStore.class);
        List<String> codes = new ArrayList<>();
        List<EventMessage<?>> chunk = new ArrayList<>();
        for (int n = FIRST; n < FIRST + ENTERPRISES; n++) {
            String code = TestCreditCodes.code(n);
            codes.add(code);
            EnterpriseRegistered registered = TestEnterprises.registered(code);
            chunk.add(new GenericDomainEventMessage<>("EnterpriseCreditFile", code, 0, registered));
            chunk.add(new GenericDomainEventMessage<>("EnterpriseCreditFile", code, 1, new GradeDecided(
                    code, "bench-" + code, DecisionKind.FINAL, "2026-BENCH", LocalDate.of(2026, 5, 11), decision,
                    null, new DecisionTrigger(DecisionTrigger.PUBLICATION, "2026-BENCH"))));
            if (chunk.size() >= 1000) {
                store.publish(chunk);
                chunk.clear();
            }
        }
        store.publish(chunk);
        context.getBean(CaughtUp.class).awaitAll(Duration.ofMinutes(30));
        return codes;
    }

    private long single(HttpClient http, String authorization, String code) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/results/" + code))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return took;
    }

    private long batch(HttpClient http, String authorization, List<String> codes) throws Exception {
        String body = "{\"creditCodes\":[\"" + String.join("\",\"", codes) + "\"]}";
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/results/batch"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200 || response.body().contains("NOT_FOUND")) {
            throw new IllegalStateException(response.statusCode() + " " + response.body().substring(0, 200));
        }
        return took;
    }

    private static List<String> pick(List<String> codes, Random random) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            picked.add(codes.get(random.nextInt(codes.size())));
        }
        return picked;
    }

    private static String summary(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%s: %d calls, p50 %.1f ms, p99 %.1f ms, max %.1f ms", what, sorted.length,
                             percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
