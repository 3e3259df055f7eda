package org.greencredit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.greencredit.domain.indicator.DefaultIndicatorSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code score} command on DOMAIN.md's second worked case, and on bad input. */
class ScoreCommandTest {

    @TempDir
    Path dir;

    private Path indicators;
    private Path facts;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void files() throws IOException {
        indicators = Files.writeString(dir.resolve("system.yaml"), DefaultIndicatorSystem.yaml());
        try (var in = ScoreCommandTest.class.getResourceAsStream("/cli/worked-case-2.json")) {
            facts = dir.resolve("facts.json");
            Files.write(facts, in.readAllBytes());
        }
    }

    private int run(String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--indicators", indicators.toString(), "--facts",
                                                         facts.toString(), "--from", "2025-01-01", "--to",
                                                         "2025-12-31", "--as-of", "2026-03-01"));
        arguments.addAll(List.of(extra));
        return command().run(arguments);
    }

    private ScoreCommand command() {
        return new ScoreCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheDecisionOfTheWorkedCase() throws IOException {
        assertThat(run()).isEqualTo(ScoreCommand.OK);

        JsonNode decision = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(decision.get("grade").asText()).isEqualTo("B");
        assertThat(decision.get("total").decimalValue()).isEqualByComparingTo("84.0");
        assertThat(decision.get("dimensions").findValuesAsText("code")).containsExactly("EM", "PP", "GL", "AW");
        assertThat(decision.get("indicators").size()).isEqualTo(20);
        assertThat(decision.get("ceilings").get(0).get("ruleId").asText()).isEqualTo("C01");
        assertThat(decision.get("vetoes")).isEmpty();
        assertThat(decision.get("downgrades")).isEmpty();
        assertThat(decision.get("versionHash").asText()).hasSize(64);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void explainsInEitherLanguage() {
        assertThat(run("--explain", "--lang", "en")).isEqualTo(ScoreCommand.OK);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Total 84.0 points, which earns grade B (Good).");
    }

    @Test
    void printsTheCanonicalFormTwiceIdentically() {
        run("--canonical");
        String first = out.toString(StandardCharsets.UTF_8);
        out.reset();
        run("--canonical");

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first).startsWith("{\"asOf\":\"2026-03-01\"");
    }

    @Test
    void aMissingArgumentIsNamed() {
        assertThat(command().run(List.of("--facts", facts.toString()))).isEqualTo(ScoreCommand.BAD_INPUT);

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("缺少参数 --indicators").contains("用法：");
    }

    @Test
    void aBadDateIsNamed() {
        assertThat(command().run(List.of("--indicators", indicators.toString(), "--facts", facts.toString(),
                                         "--from", "2025-13-01", "--to", "2025-12-31", "--as-of", "2026-03-01",
                                         "--lang", "en")))
                .isEqualTo(ScoreCommand.BAD_INPUT);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("--from: Date \"2025-13-01\" is invalid (year-month-day)\n");
    }

    @Test
    void anInvalidDefinitionListsItsProblemsWithTheirPaths() throws IOException {
        Files.writeString(indicators, DefaultIndicatorSystem.yaml().replace("cap: 9", "cap: 0"));

        assertThat(run()).isEqualTo(ScoreCommand.BAD_INPUT);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("dimensions[0].indicators[0].cap: cap须为正数，收到 0");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anInvalidFactIsNamedWithItsPositionAndId() throws IOException {
        Files.writeString(facts, """
                [{"factId": "t1", "type": "TAX", "occurredOn": "2025-02-01", "attributes": {"status": "PAID"}},
                 {"factId": "v1", "type": "VIOLATION", "occurredOn": "2025-03-01",
                  "attributes": {"category": "NOISE", "severity": "MINOR", "fineYuan": -5, "decisionNo": "X",
                                 "medium": "NOISE"}}]
                """);

        assertThat(run()).isEqualTo(ScoreCommand.BAD_INPUT);

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("facts[1] (v1): 罚款金额（元）不能小于0\n");
    }

    @Test
    void aFactsFileThatIsNotJsonIsNamed() throws IOException {
        Files.writeString(facts, "{not json");

        assertThat(run()).isEqualTo(ScoreCommand.BAD_INPUT);

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("facts: 信用信息文件不是有效的JSON");
    }
}
