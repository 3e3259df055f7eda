package org.greencredit.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greencredit.domain.scoring.WorkedCasesTest.ENGINE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.greencredit.domain.fact.FactAttributes;
import org.greencredit.domain.fact.FactType;
import org.greencredit.domain.fact.ResolvedFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of scoring over random fact sets (seeded: a failing seed can be replayed). */
class ScoringPropertiesTest {

    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.range(0, 300);
    }

    private static GradeDecision score(List<ResolvedFact> facts, long seed) {
        Random random = new Random(seed);
        int year = 2022 + random.nextInt(4);
        LocalDate asOf = LocalDate.of(year + 1, 1 + random.nextInt(12), 1 + random.nextInt(28));
        return ENGINE.score(facts, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), asOf);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameInputGivesTheSameBytesInAnyOrder(long seed) {
        List<ResolvedFact> facts = new RandomFacts(seed).some(1 + (int) (seed % 40));
        List<ResolvedFact> shuffled = new ArrayList<>(facts);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(score(shuffled, seed).canonicalJson()).isEqualTo(score(facts, seed).canonicalJson());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theTotalStaysBetween0And100(long seed) {
        GradeDecision decision = score(new RandomFacts(seed).some((int) (seed % 60)), seed);

        assertThat(decision.total()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        assertThat(decision.total().scale()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aFactThatOnlyDeductsNeverRaisesTheTotalOrImprovesTheGrade(long seed) {
        RandomFacts random = new RandomFacts(seed);
        List<ResolvedFact> facts = random.some((int) (seed % 30));
        GradeDecision before = score(facts, seed);
        List<ResolvedFact> more = new ArrayList<>(facts);
        more.add(random.deducting(facts));

        GradeDecision after = score(more, seed);

        assertThat(after.total()).isLessThanOrEqualTo(before.total());
        assertThat(ENGINE.system().rank(after.grade())).isGreaterThanOrEqualTo(ENGINE.system().rank(before.grade()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aFactThatOnlyAddsNeverLowersTheTotal(long seed) {
        RandomFacts random = new RandomFacts(seed);
        List<ResolvedFact> facts = random.some((int) (seed % 30));
        GradeDecision before = score(facts, seed);
        List<ResolvedFact> more = new ArrayList<>(facts);
        more.add(random.adding(facts));

        assertThat(score(more, seed).total()).isGreaterThanOrEqualTo(before.total());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aVetoAlwaysGivesTheWorstGrade(long seed) {
        List<ResolvedFact> facts = new ArrayList<>(new RandomFacts(seed).some((int) (seed % 30)));
        GradeDecision plain = score(facts, seed);
        facts.add(new ResolvedFact("veto", FactType.VIOLATION, plain.periodFrom().plusDays(seed % 365),
                                   FactAttributes.of("category", "NO_PERMIT_DISCHARGE", "severity", "GENERAL",
                                                     "decisionNo", "V-" + seed, "medium", "WATER")));

        GradeDecision vetoed = score(facts, seed);

        assertThat(vetoed.vetoes()).extracting(RuleHit::ruleId).contains("V04");
        assertThat(vetoed.grade()).isEqualTo("D");
    }
}
