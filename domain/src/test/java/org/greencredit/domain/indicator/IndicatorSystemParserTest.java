package org.greencredit.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greencredit.domain.fact.FactType;
import org.junit.jupiter.api.Test;

class IndicatorSystemParserTest {

    static String shippedYaml() {
        try (InputStream in = IndicatorSystemParserTest.class.getResourceAsStream(
                "/indicator-systems/indicator-system-2026.1.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static IndicatorSystem shipped() {
        return IndicatorSystemParser.parse(shippedYaml());
    }

    @Test
    void readsTheShippedDefaultCompletely() {
        IndicatorSystem system = shipped();

        assertThat(system.system()).isEqualTo("TZ-GREEN-CREDIT");
        assertThat(system.version()).isEqualTo("2026.1");
        assertThat(system.grades()).extracting(GradeDefinition::code).containsExactly("A", "B", "C", "D");
        assertThat(system.dimensions()).extracting(DimensionDefinition::code).containsExactly("EM", "PP", "GL", "AW");
        assertThat(system.dimensions().stream().mapToLong(d -> d.indicators().size()).sum()).isEqualTo(20);
        assertThat(system.vetoes()).hasSize(12);
        assertThat(system.ceilings()).extracting(SpecialRule::maxGrade).containsExactly("B", "C");
        assertThat(system.evaluation().disclosureWorkingDays()).isEqualTo(10);
        assertThat(system.repair().minimumWaitMonths()).containsEntry("SERIOUS", 12);
        assertThat(system.tierFor("D")).map(SupervisionTier::tier).contains("KEY");

        ScoringRule pp01b = system.dimensions().get(1).indicators().get(0).rules().get(1);
        assertThat(pp01b.id()).isEqualTo("PP01-b");
        assertThat(pp01b.points()).isEqualTo(Points.perUnit("days", new java.math.BigDecimal("-0.5")));
        assertThat(pp01b.window()).isEqualTo(Window.PERIOD);
        SpecialRule c02 = system.ceilings().get(1);
        assertThat(c02.match().type()).isEqualTo(FactType.VIOLATION);
        assertThat(c02.match().anyOf()).hasSize(2);
        assertThat(system.vetoes().get(0).window()).isEqualTo(Window.lookback(36));
    }

    @Test
    void theCanonicalJsonIsStableAndReadsBack() {
        IndicatorSystem system = shipped();
        String json = IndicatorSystemJson.canonical(system);

        assertThat(IndicatorSystemJson.read(json)).isEqualTo(system);
        assertThat(IndicatorSystemJson.canonical(IndicatorSystemJson.read(json))).isEqualTo(json);
        assertThat(IndicatorSystemJson.sha256(json)).hasSize(64).isEqualTo(IndicatorSystemJson.sha256(system));
    }

    @Test
    void layoutCommentsAndKeyOrderDoNotChangeTheIdentity() {
        String reformatted = shippedYaml()
                .replace("# Default indicator system for the district's enterprise green credit evaluation.", "# reworded")
                .replace("{code: A, minScore: 90, colour: green,", "{minScore: 90.0, code: A, colour: green,")
                .replace("points: -3}", "points: -3.00}");

        assertThat(IndicatorSystemJson.sha256(IndicatorSystemParser.parse(reformatted)))
                .isEqualTo(IndicatorSystemJson.sha256(shipped()));
    }

    @Test
    void aChangedPointValueChangesTheIdentity() {
        String changed = shippedYaml().replace("{id: EM05-b, match: {type: TAX, status: ARREARS}, window: PERIOD, points: -3}",
                                               "{id: EM05-b, match: {type: TAX, status: ARREARS}, window: PERIOD, points: -4}");

        assertThat(IndicatorSystemJson.sha256(IndicatorSystemParser.parse(changed)))
                .isNotEqualTo(IndicatorSystemJson.sha256(shipped()));
    }

    @Test
    void rejectsAnUnknownFactType() {
        assertProblem(replace("match: {type: TAX, status: ARREARS}", "match: {type: TAXES, status: ARREARS}"),
                      "match.type.unknown", "TAXES");
    }

    @Test
    void rejectsAnUnknownAttributeAndAnUnknownValue() {
        assertProblem(replace("category: SELF_MONITORING_FAILURE", "categry: SELF_MONITORING_FAILURE"),
                      "match.attribute.unknown", "VIOLATION", "categry");
        assertProblem(replace("category: SELF_MONITORING_FAILURE", "category: SELF_MONITORING"),
                      "match.value.unknown", "category", "SELF_MONITORING");
    }

    @Test
    void rejectsGradeThresholdsOutOfOrder() {
        assertProblem(replace("{code: C, minScore: 60,", "{code: C, minScore: 80,"),
                      "grade.thresholdsOutOfOrder", "C", "80", "75");
    }

    @Test
    void rejectsARuleWithNeitherPointsNorAValidTable() {
        assertProblem(replace("window: PERIOD, points: -2}", "window: PERIOD}"), "points.invalid");
        assertProblem(replace("points: {by: severity, table: {MINOR: -1, GENERAL: -5, SERIOUS: -8, GRAVE: -12}}",
                              "points: {by: severity, table: {}}"), "points.table.required");
        assertProblem(replace("points: {by: severity, table: {MINOR: -1, GENERAL: -5, SERIOUS: -8, GRAVE: -12}}",
                              "points: {by: fineYuan, table: {MINOR: -1}}"), "points.by.notAChoice", "VIOLATION", "fineYuan");
        assertProblem(replace("points: {perUnit: days, each: -0.5}}", "points: {perUnit: pollutant, each: -0.5}}"),
                      "points.perUnit.notANumber", "MONITORING_EXCEEDANCE", "pollutant");
    }

    @Test
    void rejectsADuplicateRuleId() {
        assertProblem(replace("{id: EM05-b,", "{id: EM05-a,"), "rule.id.duplicate", "EM05-a");
    }

    @Test
    void rejectsCapsThatAreNotPositive() {
        assertProblem(replace("cap: 9", "cap: 0"), "definition.number.notPositive", "cap", "0");
        assertProblem(replace("cap: 8\n        rules:\n          - {id: EM03-a", "cap: -8\n        rules:\n          - {id: EM03-a"),
                      "definition.number.notPositive", "cap", "-8");
    }

    @Test
    void rejectsConditionsThatDoNotFitTheType() {
        assertProblem(replace("{type: DIAGNOSIS_FINDING, area: PROCEDURES, overdue: true}",
                              "{type: VIOLATION, category: OTHER, overdue: true}"),
                      "match.condition.notApplicable", "overdue", "VIOLATION");
        assertProblem(replace("{fineYuan: {gte: 100000}}", "{category: {gte: 100000}}"),
                      "match.comparison.notANumber", "category");
    }

    @Test
    void rejectsBothWindowsAndUnknownWindows() {
        assertProblem(replace("lookbackMonths: 60, points: 3}", "lookbackMonths: 60, window: PERIOD, points: 3}"),
                      "window.both");
        assertProblem(replace("{type: TAX, status: ARREARS}, window: PERIOD", "{type: TAX, status: ARREARS}, window: YEAR"),
                      "window.unknown", "YEAR");
    }

    @Test
    void rejectsUnknownKeysAndCeilingsToUnknownGrades() {
        assertProblem(replace("    base: 30          # starts full", "    bsae: 30          # starts full"),
                      "definition.key.unknown", "bsae");
        assertProblem(replace("window: PERIOD, maxGrade: B}", "window: PERIOD, maxGrade: E}"), "grade.unknown", "E");
    }

    @Test
    void rejectsSomethingThatIsNotYamlAtAll() {
        assertThatThrownBy(() -> IndicatorSystemParser.parse("grades: [unclosed"))
                .isInstanceOf(InvalidIndicatorSystem.class)
                .satisfies(e -> assertThat(((InvalidIndicatorSystem) e).problems())
                        .extracting(DefinitionProblem::messageKey).containsExactly("definition.notYaml"));
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        String twoMistakes = replace("cap: 9", "cap: 0").replace("{id: EM05-b,", "{id: EM05-a,");

        assertThatThrownBy(() -> IndicatorSystemParser.parse(twoMistakes))
                .isInstanceOf(InvalidIndicatorSystem.class)
                .satisfies(e -> assertThat(((InvalidIndicatorSystem) e).problems())
                        .extracting(DefinitionProblem::path)
                        .containsExactly("dimensions[0].indicators[0].cap", "dimensions[0].indicators[4].rules[1]"));
    }

    private static String replace(String original, String replacement) {
        String yaml = shippedYaml();
        assertThat(yaml).as("the shipped definition contains %s", original).contains(original);
        return yaml.replaceFirst(java.util.regex.Pattern.quote(original),
                                 java.util.regex.Matcher.quoteReplacement(replacement));
    }

    private static void assertProblem(String yaml, String key, String... arguments) {
        assertThatThrownBy(() -> IndicatorSystemParser.parse(yaml))
                .isInstanceOf(InvalidIndicatorSystem.class)
                .satisfies(e -> assertThat(((InvalidIndicatorSystem) e).problems())
                        .extracting(DefinitionProblem::messageKey, DefinitionProblem::arguments)
                        .contains(org.assertj.core.groups.Tuple.tuple(key, List.of(arguments))));
    }
}
