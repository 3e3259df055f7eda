package org.greencredit.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greencredit.app.admin.ProjectionRebuilds;
import org.greencredit.app.cli.VerifyDecisionsCommand;
import org.greencredit.app.generator.DistrictGenerator;
import org.greencredit.app.generator.GenerationSummary;
import org.greencredit.app.generator.GeneratorSettings;
import org.greencredit.app.reference.ShippedReferenceData;
import org.greencredit.app.support.CollectionFingerprint;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated district of more than 10,000 events — two years of facts, two cycles with declarations, objections,
 * publication, dynamic adjustments and repairs — then what auditors and administrators rely on: every projection
 * rebuilt from the events is identical to the one built as the events came; every stored decision verifies
 * against the events before it; and a decision altered underneath in the store is reported exactly, by the
 * service and by the command line.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedDistrictAuditTest {

    private static final int ENTERPRISES = 450;
    private static final Actor ADMIN = new Actor("test-admin", Role.ADMIN, "信息中心", null);

    @TempDir
    static Path dataDir;

    private static RunningApplication app;
    private static GenerationSummary generated;

    @BeforeAll
    static void generate() {
        app = RunningApplication.startSimulated(dataDir, LocalDate.of(2024, 1, 2),
                                                "greencredit.reference-data.publish-shipped=false",
                                                "greencredit.deadlines.sweep-interval=PT1H");
        app.bean(ShippedReferenceData.class).publishIfAbsent();
        generated = app.bean(DistrictGenerator.class).generate(new GeneratorSettings(ENTERPRISES, 2, 20260101L, 2025),
                                                               message -> { });
        app.bean(ProjectionRebuilds.class).projections().forEach(app::awaitCaughtUp);
        System.out.printf("TIMING generate %d enterprises, 2 years: %d ms, %d commands, %d events%n", ENTERPRISES,
                          generated.took().toMillis(), generated.commands(), eventCount());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theDatasetHasTheSizeAndTheVarietyTheChecksNeed() {
        assertThat(eventCount()).isGreaterThanOrEqualTo(10_000);
        assertThat(generated.cycles()).containsExactly("2025-ANNUAL", "2026-ANNUAL");
        Map<String, Long> kinds = new LinkedHashMap<>();
        allEvents().stream().filter(event -> event.getPayload() instanceof GradeDecided)
                   .forEach(event -> kinds.merge(((GradeDecided) event.getPayload()).kind().name(), 1L, Long::sum));
        assertThat(kinds).containsKeys("PRELIMINARY", "FINAL", "DYNAMIC");
        assertThat(kinds.get("FINAL")).isEqualTo(2L * ENTERPRISES);
    }

    @Test
    @Order(2)
    void rebuildingEveryProjectionGivesIdenticalCollections() {
        ProjectionRebuilds rebuilds = app.bean(ProjectionRebuilds.class);
        Map<String, String> before = fingerprints();

        long started = System.nanoTime();
        rebuilds.rebuildAll(ADMIN);
        rebuilds.projections().forEach(projection -> rebuilds.awaitRebuilt(projection, Duration.ofMinutes(5)));
        long took = System.nanoTime() - started;

        assertThat(fingerprints()).isEqualTo(before);
        assertThat(rebuilds.progress()).allSatisfy(progress -> {
            assertThat(progress.caughtUp()).isTrue();
            assertThat(progress.percent()).isEqualTo(100);
        });
        System.out.printf("TIMING rebuild all %d projections over %d events: %d ms%n", rebuilds.projections().size(),
                          eventCount(), took / 1_000_000);
    }

    @Test
    @Order(3)
    void everyStoredDecisionVerifies() {
        VerificationReport report = app.bean(DecisionVerifier.class).verifyAll();

        assertThat(report.mismatches()).isEmpty();
        assertThat(report.creditFiles()).isEqualTo(ENTERPRISES);
        assertThat(report.decisions()).isGreaterThan(4L * ENTERPRISES);
        assertThat(report.matched()).isEqualTo(report.decisions());
        System.out.printf("TIMING verify %d decisions in %d credit files: %d ms%n", report.decisions(),
                          report.creditFiles(), report.took().toMillis());
    }

    @Test
    @Order(4)
    void aDecisionAlteredInTheStoreIsReportedExactly() throws Exception {
        Tampered tampered = alterOnePreliminaryTotal();

        VerificationReport report = app.bean(DecisionVerifier.class).verifyAll();

        DecisionMismatch mismatch = report.mismatches().get(0);
        assertThat(mismatch.decisionId()).isEqualTo(tampered.decisionId());
        assertThat(mismatch.creditCode()).isEqualTo(tampered.creditCode());
        assertThat(mismatch.differences()).containsExactly(
                "$.total: stored " + tampered.altered() + " / recomputed " + tampered.original());
        // a FINAL decision publishing the altered one no longer equals it: the only other mismatch there may be
        assertThat(report.mismatches().subList(1, report.mismatches().size()))
                .allSatisfy(publication -> {
                    assertThat(publication.kind()).isEqualTo("FINAL");
                    assertThat(publication.creditCode()).isEqualTo(tampered.creditCode());
                    assertThat(publication.differences()).containsExactly(
                            "$.total: stored " + tampered.original() + " / recomputed " + tampered.altered());
                }).hasSizeLessThanOrEqualTo(1);
        assertThat(app.bean(DecisionVerifier.class).verify(tampered.creditCode()).mismatches())
                .hasSameSizeAs(report.mismatches());

        app.close();
        app = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream printer = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = new VerifyDecisionsCommand(printer, printer).run(
                List.of("--lang", "en", "--greencredit.data-dir=" + dataDir, "--greencredit.mongo.embedded-port=0"));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(1);
        assertThat(printed).contains(report.mismatches().size() + " did not").contains(tampered.decisionId())
                           .contains("$.total: stored " + tampered.altered());
    }

    private record Tampered(String creditCode, String decisionId, String original, String altered) {
    }

    /** Rewrites the stored JSON of one PRELIMINARY decision with a total one point higher. */
    private static Tampered alterOnePreliminaryTotal() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Connection connection = app.bean(DataSource.class).getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT eventIdentifier, payload FROM DomainEventEntry WHERE payloadType = ? ORDER BY globalIndex");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE DomainEventEntry SET payload = ? WHERE eventIdentifier = ?")) {
            select.setString(1, GradeDecided.class.getName());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ObjectNode event = (ObjectNode) json.readTree(rows.getBytes("payload"));
                    if (!event.get("kind").asText().equals("PRELIMINARY")) {
                        continue;
                    }
                    ObjectNode decision = (ObjectNode) event.get("decision");
                    BigDecimal original = decision.get("total").decimalValue();
                    BigDecimal altered = original.add(BigDecimal.ONE);
                    decision.put("total", altered);
                    update.setBytes(1, json.writeValueAsBytes(event));
                    update.setString(2, rows.getString("eventIdentifier"));
                    assertThat(update.executeUpdate()).isEqualTo(1);
                    // canonical decisions carry points with one decimal
                    return new Tampered(event.get("creditCode").asText(), event.get("decisionId").asText(),
                                        original.setScale(1).toPlainString(), altered.setScale(1).toPlainString());
                }
            }
        }
        throw new AssertionError("no preliminary decision in the store");
    }

    private static Map<String, String> fingerprints() {
        MongoDatabase database = app.bean(MongoDatabase.class);
        Map<String, String> fingerprints = new LinkedHashMap<>();
        for (String collection : List.of("enterprise_directory", "credit_file_entries",
                                         "credit_file_entries_by_enterprise", "decisions", "decision_heads",
                                         "decisions_by_enterprise", "evaluations", "evaluations_by_enterprise",
                                         "evaluation_enterprises", "cycles", "repair_applications", "audit_timeline",
                                         "deadlines")) {
            fingerprints.put(collection, CollectionFingerprint.of(database.getCollection(collection)));
        }
        return fingerprints;
    }

    private static long eventCount() {
        return allEvents().size();
    }

    private static List<TrackedEventMessage<?>> allEvents() {
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = app.bean(EventStore.class).openStream(null)) {
            while (stream.hasNextAvailable()) {
                events.add(stream.nextAvailable());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return events;
    }
}
