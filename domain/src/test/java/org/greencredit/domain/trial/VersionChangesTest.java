package org.greencredit.domain.trial;

import static org.assertj.core.api.Assertions.assertThat;

import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemJson;
import org.greencredit.domain.indicator.IndicatorSystemParser;
import org.greencredit.domain.trial.VersionChange.Kind;
import org.junit.jupiter.api.Test;

class VersionChangesTest {

    static final IndicatorSystem PUBLISHED = TrialEvaluationTest.PUBLISHED.system();

    @Test
    void aVersionDiffersFromItselfInNothingThatGrades() {
        IndicatorSystem renamed = IndicatorSystemParser.parse(TrialEvaluationTest.YAML
                .replace("version: \"2026.1\"", "version: \"2026.9\"").replace("en: Excellent}", "en: Superb}"));

        assertThat(VersionChanges.between(PUBLISHED, renamed)).isEmpty();
    }

    @Test
    void eachKindOfDifferenceIsFoundOnceAndTakingItAloneGivesTheTrialVersion() {
        assertSingle(TrialEvaluationTest.B_FROM_80.system(), Kind.GRADE, "B");
        assertSingle(TrialEvaluationTest.ARREARS_6.system(), Kind.RULE, "EM05-b");
        assertSingle(TrialEvaluationTest.draft("2026.5", "code: EM05\n", "code: EM05\n",
                                               "cap: 8\n        rules:\n          - {id: EM05-a",
                                               "cap: 5\n        rules:\n          - {id: EM05-a").system(),
                     Kind.INDICATOR, "EM05");
        assertSingle(TrialEvaluationTest.draft("2026.6", ", maxGrade: B}", ", maxGrade: C}").system(),
                     Kind.CEILING, "C01");
        assertSingle(TrialEvaluationTest.draft("2026.7", "          - {id: EM05-c, match: {type: GREEN_PRACTICE, "
                                                       + "kind: CARBON_NONCOMPLIANCE}, window: PERIOD, points: -4}\n",
                                               "").system(),
                     Kind.RULE, "EM05-c");
    }

    private static void assertSingle(IndicatorSystem candidate, Kind kind, String id) {
        VersionChange change = new VersionChange(kind, id);
        assertThat(VersionChanges.between(PUBLISHED, candidate)).containsExactly(change);
        IndicatorSystem alone = VersionChanges.withOnly(PUBLISHED, candidate, change);
        IndicatorSystem relabelled = new IndicatorSystem(candidate.system(), PUBLISHED.version(), PUBLISHED.name(),
                                                         candidate.grades(), candidate.dimensions(), candidate.vetoes(),
                                                         candidate.ceilings(), candidate.downgrades(),
                                                         PUBLISHED.evaluation(), PUBLISHED.dynamicAdjustment(),
                                                         PUBLISHED.repair(), PUBLISHED.supervision());
        assertThat(IndicatorSystemJson.sha256(alone)).isEqualTo(IndicatorSystemJson.sha256(relabelled));
    }
}
