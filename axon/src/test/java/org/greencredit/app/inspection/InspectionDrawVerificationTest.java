package org.greencredit.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.greencredit.app.cli.GenerateCommand;
import org.greencredit.app.cli.VerifyDrawCommand;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.domain.actor.Actor;
import org.greencredit.domain.actor.Role;
import org.greencredit.domain.inspector.api.RegisterInspector;
import org.greencredit.domain.common.BusinessDay;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.creditfile.api.GradeDecided;
import org.greencredit.domain.fact.Severity;
import org.greencredit.domain.inspection.DrawBasis;
import org.greencredit.domain.inspection.InspectionDraw;
import org.greencredit.domain.inspection.InspectionOutcome;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.domain.inspection.LenientEnforcement;
import org.greencredit.domain.inspection.api.InspectionsDrawn;
import org.greencredit.domain.inspection.api.InspectionsRedrawn;
import org.greencredit.projections.inspection.FindInspectionPlan;
import org.greencredit.projections.inspection.FindLenientEnforcementAdvice;
import org.greencredit.projections.inspection.FindPublishedInspections;
import org.greencredit.projections.inspection.InspectionEntry;
import org.greencredit.projections.inspection.InspectionPlanSummary;
import org.greencredit.projections.inspection.PublishedInspections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inspection draw end to end on a small generated district: drawn and re-drawn through the desk from the read
 * models, results, the plan and its publication; the stored event reproduced byte for byte; then {@code verify-draw}
 * on the honest store, on refused arguments, and on a store altered underneath — a grade before the draw, then the
 * recorded inputs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InspectionDrawVerificationTest {

    private static final Actor OFFICER = Actor.officer("officer-zhang", "执法大队");
    private static final Actor ASSESSOR = Actor.assessor("assessor-li", "评价机构");

    @TempDir
    static Path dataDir;

    private static RunningApplication app;
    private static String period;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream printer = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private static final Actor ADMIN = new Actor("admin-wang", Role.ADMIN, "系统管理", null, null);

    /** Five officers in the 执法人员名录, {@code insp-N} signing in as {@code inspector-N}. */
    private static void registerInspectors() {
        for (int i = 1; i <= 5; i++) {
            app.send(new RegisterInspector("insp-" + i, "执法人员" + i, "执法大队", "JZ-2026-000" + i,
                                           "inspector-" + i), ADMIN);
        }
        app.awaitCaughtUp("inspectors");
    }

    @BeforeAll
    static void generateAndStart() {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(new GenerateCommand(quiet, quiet).run(List.of(
                "--enterprises", "12", "--years", "1", "--seed", "7", "--last-fact-year", "2025",
                "--greencredit.data-dir=" + dataDir, "--greencredit.mongo.embedded-port=0"))).isZero();
        app = RunningApplication.start(dataDir, "greencredit.demo.enabled=false");
        registerInspectors();
        app.awaitCaughtUp("enterprise-directory");
        period = InspectionPeriod.of(BusinessDay.today(app.bean(Clock.class))).toString();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static InspectionPlanSummary plan() {
        app.awaitCaughtUp("inspection-plans");
        return app.bean(QueryGateway.class).query(new FindInspectionPlan(period), InspectionPlanSummary.class).join();
    }

    @Test
    @Order(1)
    void anOfficerDrawsThePeriodFromTheReadModelsAndTheRefusalsHold() {
        InspectionDesk desk = app.bean(InspectionDesk.class);
        assertThatThrownBy(() -> desk.draw(period, "seed-1", ASSESSOR)).isInstanceOf(RuleViolation.class)
                                                                       .hasMessage("actor.notPermitted [ASSESSOR]");
        assertThatThrownBy(() -> desk.draw("2026-Q9", null, OFFICER)).isInstanceOf(RuleViolation.class)
                                                                     .hasMessage("inspection.period.invalid [2026-Q9]");

        assertThat(desk.draw(period, null, OFFICER)).matches("[0-9a-f]{64}");
        InspectionPlanSummary plan = plan();
        assertThat(plan.draws()).singleElement().satisfies(draw -> assertThat(draw.drawnBy()).isEqualTo("officer-zhang"));
        assertThat(plan.draws().get(0).tiers().stream().mapToInt(tier -> tier.enterprises()).sum()).isEqualTo(12);
        assertThat(plan.entries()).filteredOn(entry -> entry.basis() != DrawBasis.OFF_SITE).isNotEmpty()
                                  .allSatisfy(entry -> assertThat(entry.inspectorIds()).hasSize(2));

        assertThatThrownBy(() -> desk.draw(period, "seed-2", OFFICER)).isInstanceOf(RuleViolation.class)
                                                                      .hasMessage("inspection.alreadyDrawn [" + period + "]");
        assertThatThrownBy(() -> desk.redraw(period, "seed-2", " ", OFFICER)).isInstanceOf(RuleViolation.class)
                                                                            .hasMessage("inspection.redraw.reasonRequired");
        desk.redraw(period, "seed-2", "抽取时执法人员名录尚未更新", OFFICER);
        assertThat(plan().draws()).extracting(draw -> draw.supersededBy())
                                  .containsExactly(period + "#2", null);
    }

    @Test
    @Order(2)
    void resultsAreRecordedForDrawnEnterprisesOnlyAndPublishedWithoutInspectors() {
        InspectionDesk desk = app.bean(InspectionDesk.class);
        InspectionEntry drawn = plan().entries().stream().filter(entry -> entry.basis() != DrawBasis.OFF_SITE)
                                      .findFirst().orElseThrow();
        java.time.LocalDate today = BusinessDay.today(app.bean(Clock.class));
        desk.recordResult(period, drawn.creditCode(), InspectionOutcome.NO_PROBLEM, today, null, null, null, OFFICER);
        assertThatThrownBy(() -> desk.recordResult(period, drawn.creditCode(), InspectionOutcome.NO_PROBLEM, today,
                                                   null, null, null, OFFICER))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.result.alreadyRecorded [" + drawn.creditCode() + "]");
        assertThatThrownBy(() -> desk.recordResult(period, "91110000600037341L", InspectionOutcome.NO_PROBLEM, today,
                                                   null, null, null, OFFICER))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("inspection.result.notDrawn [91110000600037341L");
        assertThatThrownBy(() -> desk.recordResult(period, drawn.creditCode(), InspectionOutcome.NO_PROBLEM, today,
                                                   null, null, "更正", ASSESSOR))
                .isInstanceOf(RuleViolation.class).hasMessage("actor.notPermitted [ASSESSOR]");
        assertThatThrownBy(() -> desk.recordResult("2030-Q1", drawn.creditCode(), InspectionOutcome.NO_PROBLEM, today,
                                                   null, null, null, OFFICER))
                .isInstanceOf(RuleViolation.class).hasMessage("inspection.notDrawn [inspection-plan:2030-Q1]");

        assertThat(plan().entries()).filteredOn(entry -> entry.creditCode().equals(drawn.creditCode()))
                                    .singleElement().extracting(InspectionEntry::outcome)
                                    .isEqualTo(InspectionOutcome.NO_PROBLEM);
        PublishedInspections published = app.bean(QueryGateway.class)
                                             .query(new FindPublishedInspections(period), PublishedInspections.class)
                                             .join();
        assertThat(published.inspections()).hasSameSizeAs(plan().entries());
        assertThat(published.seed()).isEqualTo("seed-2");
    }

    @Test
    @Order(3)
    void oneOfTheTwoDrawnInspectorsRecordsTheirResultAndNoOtherInspectorMay() {
        InspectionDesk desk = app.bean(InspectionDesk.class);
        Actor unlinked = new Actor("inspector-unknown", Role.INSPECTOR, "执法大队", null, null);
        java.time.LocalDate today = BusinessDay.today(app.bean(Clock.class));
        List<InspectionEntry> open = plan().entries().stream()
                                           .filter(entry -> entry.basis() != DrawBasis.OFF_SITE && entry.outcome() == null)
                                           .toList();
        InspectionEntry theirs = open.get(0);
        String inspectorId = theirs.inspectorIds().get(0);
        Actor inspector = new Actor(inspectorId.replace("insp-", "inspector-"), Role.INSPECTOR, "执法大队", null, null);
        InspectionEntry notTheirs = open.stream().filter(entry -> !entry.inspectorIds().contains(inspectorId))
                                        .findFirst().orElseThrow();

        assertThatThrownBy(() -> desk.recordResult(period, notTheirs.creditCode(), InspectionOutcome.NO_PROBLEM, today,
                                                   null, null, null, inspector))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("inspection.result.notDrawnInspector [" + inspectorId + ", " + notTheirs.creditCode() + "]");
        assertThatThrownBy(() -> desk.recordResult(period, theirs.creditCode(), InspectionOutcome.NO_PROBLEM, today,
                                                   null, null, null, unlinked))
                .isInstanceOf(RuleViolation.class).hasMessage("actor.notPermitted [INSPECTOR]");

        desk.recordResult(period, theirs.creditCode(), InspectionOutcome.NO_PROBLEM, today, null, null, null,
                          inspector);
        assertThat(plan().entries()).filteredOn(entry -> entry.creditCode().equals(theirs.creditCode()))
                                    .singleElement().extracting(InspectionEntry::outcome)
                                    .isEqualTo(InspectionOutcome.NO_PROBLEM);
    }

    @Test
    @Order(4)
    void theLenientEnforcementAdviceIsAQueryTheViolationFormCanAsk() {
        String code = plan().entries().get(0).creditCode();
        LenientEnforcement.Advice advice = app.bean(QueryGateway.class).query(
                new FindLenientEnforcementAdvice(code, Severity.MINOR, BusinessDay.today(app.bean(Clock.class))),
                LenientEnforcement.Advice.class).join();
        assertThat(advice.rule()).isNotNull();
    }

    @Test
    @Order(5)
    void theStoredDrawIsReproducedByteForByteAndVerifies() throws Exception {
        Serializer serializer = app.bean("eventSerializer", Serializer.class);
        Map<String, byte[]> stored = payloads(InspectionsDrawn.class);
        assertThat(stored).hasSize(1);
        byte[] original = stored.values().iterator().next();
        InspectionsDrawn drawn = serializer.deserialize(new org.axonframework.serialization.SimpleSerializedObject<>(
                original, byte[].class, InspectionsDrawn.class.getName(), "1"));
        InspectionsDrawn recomputed = new InspectionsDrawn(
                drawn.period(), drawn.drawId(), drawn.seed(), drawn.inputs(), InspectionDraw.inputHash(drawn.inputs()),
                InspectionDraw.draw(drawn.inputs(), drawn.seed()), drawn.drawnOn(), drawn.drawnAt(), drawn.drawnBy());
        SerializedObject<byte[]> again = serializer.serialize(recomputed, byte[].class);
        assertThat(new String(again.getData(), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8));

        assertThat(app.bean(DrawVerifier.class).verify(null)).hasSize(2).allMatch(DrawCheck::matched);
    }

    @Test
    @Order(6)
    void theCommandLineReportsAMatchOnTheHonestStoreAndRefusesBadArguments() {
        assertThat(verifyDraw()).as(output()).isEqualTo(2);
        assertThat(output()).contains("The application is running on the event store");
        app.close();
        app = null;

        assertThat(verifyDraw()).as(output()).isZero();
        assertThat(output()).containsPattern(period + "#1: match \\(seed [^,]+, input hash [0-9a-f]{64}; 12 enterprises"
                                             + " in the population, \\d+ drawn for on-site inspection\\)")
                            .contains(period + "#2: match (seed seed-2, input hash ")
                            .contains("Draws checked: 2; matched: 2, not matched: 0");
        assertThat(verifyDraw("--period", period)).isZero();
        assertThat(verifyDraw("--period", "2026-Q5")).isEqualTo(2);
        assertThat(verifyDraw("--period")).isEqualTo(2);
        assertThat(verifyDraw("--unknown")).isEqualTo(2);
        assertThat(verifyDraw("--period", "2001-Q1")).isEqualTo(2);
        assertThat(output()).contains("The inspection period \"2026-Q5\" is not valid")
                            .contains("Usage: verify-draw")
                            .contains("No draw is recorded for 2001-Q1");
    }

    @Test
    @Order(7)
    void aGradeAlteredBeforeTheDrawIsReportedAsAChangedInput() throws Exception {
        String altered = alterTheLastGradeInForceBeforeTheDraw();

        assertThat(verifyDraw("--period", period)).as(output()).isEqualTo(1);
        assertThat(output()).contains(period + "#1: mismatch (seed ")
                            .containsPattern("population " + altered + ": tier \\w+ in the record / \\w+ in the event"
                                             + " store at the draw");
    }

    @Test
    @Order(8)
    void anAlteredRecordedInputFailsItsHash() throws Exception {
        alterTheRecordedPopulationOfTheRedraw();

        assertThat(verifyDraw("--period", period, "--lang", "en")).isEqualTo(1);
        assertThat(output()).contains(period + "#2: mismatch (seed seed-2, recorded input hash ").contains("input hash: recorded ");
    }

    private int verifyDraw(String... arguments) {
        List<String> args = new ArrayList<>(List.of("--lang", "en", "--greencredit.data-dir=" + dataDir,
                                                    "--greencredit.mongo.embedded-port=0"));
        args.addAll(List.of(arguments));
        return new VerifyDrawCommand(printer, printer).run(args);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> payloads(Class<?> type) throws Exception {
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        try (Connection connection = app.bean(DataSource.class).getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT eventIdentifier, payload FROM DomainEventEntry WHERE payloadType = ? ORDER BY globalIndex")) {
            select.setString(1, type.getName());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payloads.put(rows.getString("eventIdentifier"), rows.getBytes("payload"));
                }
            }
        }
        return payloads;
    }

    /** Opens the stopped store's event table directly, as the verification application would. */
    private static <T> T withStore(StoreWork<T> work) throws Exception {
        String url = "jdbc:hsqldb:file:" + dataDir.resolve("events").resolve("events") + ";shutdown=true";
        try (Connection connection = java.sql.DriverManager.getConnection(url, "SA", "")) {
            return work.run(connection);
        }
    }

    private interface StoreWork<T> {
        T run(Connection connection) throws Exception;
    }

    /** Gives the enterprise of the last grade in force before the first draw the other end of the grade scale. */
    private static String alterTheLastGradeInForceBeforeTheDraw() throws Exception {
        ObjectMapper json = new ObjectMapper();
        return withStore(connection -> {
            long drawAt;
            try (PreparedStatement draw = connection.prepareStatement(
                    "SELECT MIN(globalIndex) FROM DomainEventEntry WHERE payloadType = ?")) {
                draw.setString(1, InspectionsDrawn.class.getName());
                try (ResultSet rows = draw.executeQuery()) {
                    rows.next();
                    drawAt = rows.getLong(1);
                }
            }
            String eventId = null;
            ObjectNode event = null;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT eventIdentifier, payload FROM DomainEventEntry WHERE payloadType = ? AND globalIndex < ?"
                    + " ORDER BY globalIndex")) {
                select.setString(1, GradeDecided.class.getName());
                select.setLong(2, drawAt);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ObjectNode candidate = (ObjectNode) json.readTree(rows.getBytes("payload"));
                        if (!candidate.get("kind").asText().equals("PRELIMINARY")) {
                            eventId = rows.getString("eventIdentifier");
                            event = candidate;
                        }
                    }
                }
            }
            assertThat(event).as("a grade in force before the draw").isNotNull();
            ObjectNode decision = (ObjectNode) event.get("decision");
            decision.put("grade", decision.get("grade").asText().equals("A") ? "D" : "A");
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE DomainEventEntry SET payload = ? WHERE eventIdentifier = ?")) {
                update.setBytes(1, json.writeValueAsBytes(event));
                update.setString(2, eventId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            return event.get("creditCode").asText();
        });
    }

    /** Moves the first enterprise of the re-draw's recorded population into the last tier, leaving its hash. */
    private static void alterTheRecordedPopulationOfTheRedraw() throws Exception {
        ObjectMapper json = new ObjectMapper();
        withStore(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT eventIdentifier, payload FROM DomainEventEntry WHERE payloadType = ?");
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE DomainEventEntry SET payload = ? WHERE eventIdentifier = ?")) {
                select.setString(1, InspectionsRedrawn.class.getName());
                try (ResultSet rows = select.executeQuery()) {
                    assertThat(rows.next()).isTrue();
                    ObjectNode event = (ObjectNode) json.readTree(rows.getBytes("payload"));
                    ArrayNode population = (ArrayNode) event.get("inputs").get("population");
                    ArrayNode first = (ArrayNode) population.get(0).get("creditCodes");
                    ArrayNode last = (ArrayNode) population.get(population.size() - 1).get("creditCodes");
                    String moved = first.remove(0).asText();
                    last.add(moved);
                    update.setBytes(1, json.writeValueAsBytes(event));
                    update.setString(2, rows.getString("eventIdentifier"));
                    assertThat(update.executeUpdate()).isEqualTo(1);
                }
            }
            return null;
        });
    }
}
