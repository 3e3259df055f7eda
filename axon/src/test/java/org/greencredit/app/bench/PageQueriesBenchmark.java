package org.greencredit.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.greencredit.app.admin.ProjectionRebuilds;
import org.greencredit.app.support.RunningApplication;
import org.greencredit.domain.common.DomainText;
import org.greencredit.domain.resultuse.ResultUseRule;
import org.greencredit.domain.resultuse.WorkingGroup;
import org.greencredit.projections.creditfile.CreditFileSummary;
import org.greencredit.projections.decision.DecisionSummary;
import org.greencredit.projections.directory.DirectoryFilter;
import org.greencredit.projections.directory.EnterpriseListing;
import org.greencredit.ui.creditfile.CreditFileClient;
import org.greencredit.ui.cycle.CycleClient;
import org.greencredit.ui.directory.DirectoryClient;
import org.greencredit.ui.resultuse.ResultListsClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the pages' queries cost on a district: the queries one page load sends, through the client classes the
 * Vaadin views call, on the application's query bus and the embedded read-model store. Starts on
 * {@code -Dbench.dataDir=DIR} (a stopped data directory, which the application writes into) or generates
 * {@code -Dbench.enterprises} enterprises (default 300) with two years of facts and both annual cycles, seed 42, as
 * {@link RebuildBenchmark} does; waits until every projection has caught up. Measures, each after
 * {@value #WARM_UPS} warm-ups over {@value #RUNS} different enterprises or filter values taken from the directory's
 * own pages (evenly spread over the directory sorted by credit code):
 * <ul>
 * <li>企业信用档案 opened by staff: the file, the decision shown, its indicator system version and its explanation
 * ({@code EnterpriseCreditFileView.load}); target p95 ≤ 300 ms;</li>
 * <li>企业名录's name filter: count and first page of the lazy grid ({@code EnterpriseDirectoryView}); target p95 ≤
 * 200 ms;</li>
 * <li>the directory filtered by grade: a result use's list, count and first page ({@code ResultListsView}), over the
 * working group's rules; target p95 ≤ 200 ms;</li>
 * <li>the directory filtered by subdistrict, industry and management class: the count and every match, as the
 * open-cycle dialog asks them ({@code OpenCycleDialog}).</li>
 * </ul>
 * Run with {@code mvn -o -B -pl axon -am test -Pbench -Dtest=PageQueriesBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; output in {@code target/benchmarks/page-queries.txt}.
 */
@Tag("benchmark")
class PageQueriesBenchmark {

    private static final int RUNS = 20;
    private static final int WARM_UPS = 2;
    /** What a Vaadin grid asks for first. */
    private static final int PAGE = 50;
    private static final String LANGUAGE = DomainText.CHINESE.toLanguageTag();

    @TempDir
    Path scratch;

    @Test
    void measure() throws Exception {
        List<String> report = new ArrayList<>();
        try (RunningApplication app = System.getProperty("bench.dataDir") != null
                ? RunningApplication.start(Path.of(System.getProperty("bench.dataDir")),
                                           "greencredit.deadlines.sweep-interval=PT1H")
                : BenchDistrict.generated(scratch, Integer.getInteger("bench.enterprises", 300), report)) {
            app.bean(ProjectionRebuilds.class).projections()
               .forEach(projection -> app.awaitCaughtUp(projection, Duration.ofMinutes(30)));
            DirectoryClient directory = app.bean(DirectoryClient.class);
            CreditFileClient creditFiles = app.bean(CreditFileClient.class);
            ResultListsClient resultLists = app.bean(ResultListsClient.class);
            CycleClient cycles = app.bean(CycleClient.class);
            List<EnterpriseListing> sample = spread(directory);
            report.add(String.format(Locale.ROOT, "%,d events stored, %,d enterprises in the directory; %d runs after %d"
                                                  + " warm-ups, times in ms", app.storedEvents(), directory.count(""),
                                     RUNS, WARM_UPS));

            Measured files = measure(sample, enterprise -> openCreditFile(creditFiles, enterprise.creditCode()));
            int graded = 0;
            for (EnterpriseListing enterprise : sample) {
                CreditFileSummary file = creditFiles.file(enterprise.creditCode());
                assertThat(file.enterprise()).as("the credit file of " + enterprise.creditCode()).isNotNull();
                graded += file.decisions().isEmpty() ? 0 : 1;
            }
            report.add(files.line("credit file page (file, decision shown, version, explanation; " + graded + " of "
                                  + RUNS + " with a decision)", "timeline entries"));

            List<String> nameParts = sample.stream().map(enterprise -> enterprise.name().substring(2, 4)).toList();
            Measured names = measure(nameParts, part -> {
                int found = directory.count(part);
                directory.find(part, 0, PAGE);
                return found;
            });
            report.add(names.line("directory name filter, count + first page of " + PAGE + " (「" + nameParts.get(0)
                                  + "」, 「" + nameParts.get(1) + "」, …)", "enterprises"));
            assertThat(names.found()).as("each name part finds the enterprise it came from").allMatch(found -> found > 0);

            List<ResultUseRule> rules = new ArrayList<>();
            List<ResultUseRule> configured = List.copyOf(app.bean(WorkingGroup.class).rules().values());
            assertThat(configured).as("the working group's result uses").isNotEmpty();
            for (int run = 0; run < RUNS; run++) {
                rules.add(configured.get(run % configured.size()));
            }
            Measured grades = measure(rules, rule -> {
                int found = resultLists.count(rule);
                resultLists.page(rule, 0, PAGE);
                return found;
            });
            report.add(grades.line("directory by grade: a result use's list, count + first page of " + PAGE
                                   + " (the " + configured.size() + " configured uses in turn)", "enterprises"));

            List<DirectoryFilter> filters = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                filters.add(cycleFilter(sample.get(run), run));
            }
            Measured batches = measure(filters, filter -> {
                int found = cycles.count(filter);
                if (found > 0) {
                    cycles.enterprises(filter, 0, found);
                }
                return found;
            });
            report.add(batches.line("directory by subdistrict / industry / management class: count + every match"
                                    + " (open-cycle dialog)", "enterprises"));
            assertThat(batches.found()).as("each filter finds the enterprise it came from").allMatch(found -> found > 0);
        }
        BenchDistrict.write("page-queries.txt", report);
    }

    /** {@value #RUNS} enterprises evenly spread over the directory, each read as the grid reads a row. */
    private static List<EnterpriseListing> spread(DirectoryClient directory) {
        int count = directory.count("");
        assertThat(count).as("enterprises in the directory").isPositive();
        List<EnterpriseListing> sample = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            sample.add(directory.find("", (int) ((long) run * count / RUNS), 1).get(0));
        }
        return sample;
    }

    /**
     * The queries of {@code EnterpriseCreditFileView.load} for staff. The decision it shows is the latest: the one in
     * force, or a newer one disclosed and not yet in force. Returns the length of the timeline.
     */
    private static int openCreditFile(CreditFileClient client, String creditCode) {
        CreditFileSummary file = client.file(creditCode);
        if (!file.decisions().isEmpty()) {
            DecisionSummary shown = file.decisions().get(file.decisions().size() - 1);
            client.decision(shown.decisionId());
            client.version(shown.system(), shown.versionHash());
            client.explain(shown.decisionId(), LANGUAGE);
        }
        return file.entries().size();
    }

    /** The open-cycle dialog's filters, taken from an enterprise: its subdistrict, its industry, or both with its class. */
    private static DirectoryFilter cycleFilter(EnterpriseListing enterprise, int run) {
        String industryPrefix = enterprise.industryCode().substring(0, 3);
        return switch (run % 3) {
            case 0 -> new DirectoryFilter(null, null, enterprise.subdistrict(), null, null, null, null, false);
            case 1 -> new DirectoryFilter(null, null, null, industryPrefix, null, null, null, false);
            default -> new DirectoryFilter(null, null, enterprise.subdistrict(), industryPrefix,
                                           enterprise.managementClass(), null, null, false);
        };
    }

    private static <T> Measured measure(List<T> values, ToIntFunction<T> pageLoad) {
        for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
            pageLoad.applyAsInt(values.get(warmUp));
        }
        long[] nanos = new long[RUNS];
        List<Integer> found = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            found.add(pageLoad.applyAsInt(values.get(run)));
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Measured(nanos, found);
    }

    /** Sorted times of the runs and what each run found. */
    private record Measured(long[] nanos, List<Integer> found) {

        String line(String what, String unit) {
            List<Integer> sorted = found.stream().sorted().toList();
            return String.format(Locale.ROOT, "%s: median %.1f, p95 %.1f, max %.1f; found %d–%d %s (median %d)", what,
                                 nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6,
                                 nanos[RUNS - 1] / 1e6, sorted.get(0), sorted.get(RUNS - 1), unit, sorted.get(RUNS / 2));
        }
    }
}
