package org.greencredit.domain.trial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.greencredit.domain.indicator.GradeDefinition;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.scoring.DecisionDiff.RuleKind;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.ScoringEngine;

/**
 * 试评价: scores a population with a trial version and a baseline on the very facts real decisions are scored on,
 * with the same engine, and decides nothing. Pure: the result (and its hash) depends only on the request and the
 * subjects, not on their order or on how many threads score them.
 *
 * <p>Sensitivity, per difference of the two versions ({@link VersionChanges}): the baseline version with only that
 * difference taken as the trial version has it, scored on the same facts; the line counts the enterprises whose
 * grade then differs from their baseline grade. Differences interact (a ceiling and a threshold can each move an
 * enterprise alone, or only together), so the lines need not add up to the movers.
 */
public final class TrialEvaluation {

    /** Told how far the scoring is: {@code done} of {@code total} scorings (enterprises × versions scored). */
    @FunctionalInterface
    public interface Progress {
        void advanced(long done, long total);
    }

    private static final int PROGRESS_STEP = 200;

    private TrialEvaluation() {
    }

    public static TrialResult run(TrialRequest request, List<TrialSubject> population, Progress progress) {
        TrialRules.requirePopulation(population.size());
        List<TrialSubject> subjects = new ArrayList<>(population);
        subjects.sort(Comparator.comparing(TrialSubject::creditCode));
        for (int i = 1; i < subjects.size(); i++) {
            if (subjects.get(i).creditCode().equals(subjects.get(i - 1).creditCode())) {
                throw new IllegalArgumentException("enterprise " + subjects.get(i).creditCode() + " given twice");
            }
        }
        IndicatorSystem candidateSystem = request.candidate().system();
        List<VersionChange> changes = request.baseline() == Baseline.VERSION
                ? VersionChanges.between(request.baselineEngine().system(), candidateSystem) : List.of();
        int n = subjects.size();
        int passes = (request.baseline() == Baseline.VERSION ? 2 : 1) + changes.size();
        Counter counter = new Counter((long) n * passes, progress);

        GradeDecision[] baseline = new GradeDecision[n];
        GradeDecision[] candidate = new GradeDecision[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            TrialSubject subject = subjects.get(i);
            candidate[i] = score(request.candidate(), subject, request);
            baseline[i] = request.baseline() == Baseline.VERSION ? score(request.baselineEngine(), subject, request)
                                                                 : subject.inForce();
            counter.add(passes - changes.size());
        });

        List<TrialOutcome> outcomes = new ArrayList<>(n);
        List<Mover> movers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Movement movement = baseline[i] == null ? Movement.UNGRADED
                    : movement(candidateSystem, baseline[i].grade(), candidate[i].grade());
            outcomes.add(new TrialOutcome(subjects.get(i).creditCode(),
                                          baseline[i] == null ? null : Scored.of(baseline[i]),
                                          Scored.of(candidate[i]), movement));
            if (movement == Movement.UP || movement == Movement.DOWN) {
                movers.add(new Mover(subjects.get(i).creditCode(), movement, baseline[i], candidate[i]));
            }
        }

        List<Sensitivity> sensitivity = new ArrayList<>();
        for (VersionChange change : changes) {
            ScoringEngine variant = ScoringEngine.of(
                    VersionChanges.withOnly(request.baselineEngine().system(), candidateSystem, change));
            Movement[] moved = new Movement[n];
            IntStream.range(0, n).parallel().forEach(i -> {
                moved[i] = movement(candidateSystem, baseline[i].grade(),
                                    score(variant, subjects.get(i), request).grade());
                counter.add(1);
            });
            int up = 0;
            int down = 0;
            for (Movement movement : moved) {
                up += movement == Movement.UP ? 1 : 0;
                down += movement == Movement.DOWN ? 1 : 0;
            }
            sensitivity.add(new Sensitivity(change, up + down, up, down));
        }
        sensitivity.sort(Comparator.comparing(line -> line.change().key()));
        counter.finish();

        List<String> grades = candidateSystem.grades().stream().map(GradeDefinition::code).toList();
        String hash = TrialHash.of(new TrialHash.Header(request.candidate().versionHash(), request.baseline(),
                                                        request.baselineHash(), request.periodFrom(),
                                                        request.periodTo(), request.asOf(), n),
                                   outcomes, sensitivity);
        return new TrialResult(candidateSystem.system(), candidateSystem.version(), request.candidate().versionHash(),
                               request.baseline(),
                               request.baselineEngine() == null ? null : request.baselineEngine().system().version(),
                               request.baselineHash(), request.periodFrom(), request.periodTo(), request.asOf(),
                               grades, distribution(grades, outcomes, TrialOutcome::baseline),
                               distribution(grades, outcomes, TrialOutcome::candidate),
                               (int) outcomes.stream().filter(o -> o.baseline() == null).count(),
                               dimensionTotals(outcomes), ruleHits(outcomes), sensitivity, outcomes, movers,
                               TrialHash.inputs(subjects), hash);
    }

    private static GradeDecision score(ScoringEngine engine, TrialSubject subject, TrialRequest request) {
        return engine.score(subject.facts(), request.periodFrom(), request.periodTo(), request.asOf());
    }

    /**
     * Better or worse by the trial version's order of grades (the baseline's for a grade only it knows); two grades
     * neither version knows compare by code.
     */
    static Movement movement(IndicatorSystem system, String before, String after) {
        if (before.equals(after)) {
            return Movement.SAME;
        }
        int then = rank(system, before);
        int now = rank(system, after);
        int comparison = then >= 0 && now >= 0 ? Integer.compare(now, then) : after.compareTo(before);
        return comparison < 0 ? Movement.UP : Movement.DOWN;
    }

    private static int rank(IndicatorSystem system, String grade) {
        for (int i = 0; i < system.grades().size(); i++) {
            if (system.grades().get(i).code().equals(grade)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Integer> distribution(List<String> grades, List<TrialOutcome> outcomes,
                                                     Function<TrialOutcome, Scored> side) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        grades.forEach(grade -> counts.put(grade, 0));
        outcomes.stream().map(side).filter(s -> s != null).forEach(s -> counts.merge(s.grade(), 1, Integer::sum));
        return counts;
    }

    private static List<DimensionTotal> dimensionTotals(List<TrialOutcome> outcomes) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        int[] graded = new int[2];
        for (TrialOutcome outcome : outcomes) {
            add(sums, outcome.baseline(), 0, graded);
            add(sums, outcome.candidate(), 1, graded);
        }
        List<DimensionTotal> totals = new ArrayList<>();
        sums.forEach((code, sum) -> totals.add(new DimensionTotal(code, sum[0], mean(sum[0], graded[0]), sum[1],
                                                                  mean(sum[1], graded[1]))));
        return totals;
    }

    private static void add(Map<String, BigDecimal[]> sums, Scored scored, int side, int[] graded) {
        if (scored == null) {
            return;
        }
        graded[side]++;
        scored.dimensions().forEach((code, points) -> {
            BigDecimal[] sum = sums.computeIfAbsent(code, c -> new BigDecimal[2]);
            sum[side] = sum[side] == null ? points : sum[side].add(points);
        });
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return sum == null || count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    private static List<RuleHits> ruleHits(List<TrialOutcome> outcomes) {
        Map<String, List<List<String>>> hits = new TreeMap<>();
        for (TrialOutcome outcome : outcomes) {
            hit(hits, outcome.baseline(), 0, outcome.creditCode());
            hit(hits, outcome.candidate(), 1, outcome.creditCode());
        }
        List<RuleHits> lines = new ArrayList<>();
        hits.forEach((key, sides) -> {
            int colon = key.indexOf(':');
            lines.add(new RuleHits(RuleKind.valueOf(key.substring(0, colon)), key.substring(colon + 1), sides.get(0),
                                   sides.get(1)));
        });
        return lines;
    }

    private static void hit(Map<String, List<List<String>>> hits, Scored scored, int side, String creditCode) {
        if (scored == null) {
            return;
        }
        scored.vetoes().forEach(id -> sideOf(hits, RuleKind.VETO, id, side).add(creditCode));
        scored.ceilings().forEach(id -> sideOf(hits, RuleKind.CEILING, id, side).add(creditCode));
        scored.downgrades().forEach(id -> sideOf(hits, RuleKind.DOWNGRADE, id, side).add(creditCode));
    }

    private static List<String> sideOf(Map<String, List<List<String>>> hits, RuleKind kind, String id, int side) {
        return hits.computeIfAbsent(kind + ":" + id, key -> List.of(new ArrayList<>(), new ArrayList<>())).get(side);
    }

    /** Reports progress every {@value #PROGRESS_STEP} scorings, from whichever thread reaches the step. */
    private static final class Counter {
        private final long total;
        private final Progress progress;
        private final AtomicInteger done = new AtomicInteger();

        Counter(long total, Progress progress) {
            this.total = total;
            this.progress = progress;
        }

        void add(int scorings) {
            int before = done.getAndAdd(scorings);
            if (before / PROGRESS_STEP != (before + scorings) / PROGRESS_STEP) {
                progress.advanced(before + scorings, total);
            }
        }

        void finish() {
            progress.advanced(total, total);
        }
    }
}
