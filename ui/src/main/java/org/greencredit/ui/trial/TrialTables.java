package org.greencredit.ui.trial;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.greencredit.domain.indicator.DimensionDefinition;
import org.greencredit.domain.indicator.IndicatorDefinition;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.SpecialRule;
import org.greencredit.domain.trial.Baseline;
import org.greencredit.domain.trial.DimensionTotal;
import org.greencredit.domain.trial.Mover;
import org.greencredit.domain.trial.RuleHits;
import org.greencredit.domain.trial.Sensitivity;
import org.greencredit.domain.trial.TrialResult;
import org.greencredit.domain.trial.VersionChange;
import org.greencredit.ui.export.ExportTable;

/**
 * A trial result as the tables the view shows and the workbook exports, in the user's language: one source, so
 * the file holds exactly what was on the screen. Movers carry the decision comparison in plain words
 * ({@code DecisionDiff.explain}, worded with the trial version's names).
 */
final class TrialTables {

    /** A mover as a row, with the reasons for its change. */
    record MoverRow(String creditCode, String name, String baselineGrade, String trialGrade, String direction,
                    List<String> reasons) {
    }

    private final TrialResult result;
    private final IndicatorSystem trial;
    private final IndicatorSystem baseline;
    private final Locale locale;
    private final BiFunction<String, Object[], String> text;
    private final List<MoverRow> movers;

    TrialTables(TrialResult result, IndicatorSystem trial, IndicatorSystem baseline, Map<String, String> names,
                Locale locale, BiFunction<String, Object[], String> text) {
        this.result = result;
        this.trial = trial;
        this.baseline = baseline;
        this.locale = locale;
        this.text = text;
        this.movers = result.movers().stream().map(mover -> moverRow(mover, names)).toList();
    }

    private String t(String key, Object... arguments) {
        return text.apply(key, arguments);
    }

    List<MoverRow> movers() {
        return movers;
    }

    String baselineLabel() {
        return result.baseline() == Baseline.VERSION ? t("trial.side.baselineVersion", result.baselineVersion())
                                                     : t("trial.side.inForce");
    }

    String trialLabel() {
        return t("trial.side.trialVersion", result.version());
    }

    ExportTable summary() {
        List<List<String>> rows = List.of(
                List.of(t("trial.summary.version"), result.version() + " · " + result.versionHash()),
                List.of(t("trial.summary.baseline"), result.baseline() == Baseline.VERSION
                        ? result.baselineVersion() + " · " + result.baselineHash() : t("trial.side.inForce")),
                List.of(t("trial.summary.period"), result.periodFrom() + " — " + result.periodTo()),
                List.of(t("trial.summary.asOf"), result.asOf().toString()),
                List.of(t("trial.summary.population"), String.valueOf(result.population())),
                List.of(t("trial.summary.moved"), t("trial.summary.movedCounts", result.movers().size(),
                                                    result.up(), result.down())),
                List.of(t("trial.summary.ungraded"), String.valueOf(result.ungradedInBaseline())),
                List.of(t("trial.summary.inputHash"), result.inputHash()),
                List.of(t("trial.summary.resultHash"), result.resultHash()));
        return new ExportTable(t("trial.sheet.summary"), List.of(t("trial.summary.item"), t("trial.summary.value")),
                               rows);
    }

    ExportTable distribution() {
        List<List<String>> rows = new ArrayList<>();
        for (String grade : result.grades()) {
            rows.add(List.of(grade + " " + trial.grade(grade).map(g -> g.name().in(locale)).orElse(""),
                             String.valueOf(result.baselineDistribution().getOrDefault(grade, 0)),
                             String.valueOf(result.candidateDistribution().getOrDefault(grade, 0))));
        }
        if (result.ungradedInBaseline() > 0) {
            rows.add(List.of(t("trial.ungraded"), String.valueOf(result.ungradedInBaseline()), ""));
        }
        return new ExportTable(t("trial.sheet.distribution"),
                               List.of(t("trial.grade"), baselineLabel(), trialLabel()), rows);
    }

    ExportTable moverTable() {
        return new ExportTable(t("trial.sheet.movers"),
                               List.of(t("trial.mover.code"), t("trial.mover.name"), baselineLabel(), trialLabel(),
                                       t("trial.mover.direction"), t("trial.mover.reasons")),
                               movers.stream().map(row -> List.of(row.creditCode(), row.name(), row.baselineGrade(),
                                                                  row.trialGrade(), row.direction(),
                                                                  String.join("\n", row.reasons()))).toList());
    }

    ExportTable dimensions() {
        List<List<String>> rows = new ArrayList<>();
        for (DimensionTotal total : result.dimensionTotals()) {
            rows.add(List.of(total.code() + " " + dimensionName(total.code()), plain(total.baselineSum()),
                             plain(total.baselineMean()), plain(total.candidateSum()), plain(total.candidateMean())));
        }
        return new ExportTable(t("trial.sheet.dimensions"),
                               List.of(t("trial.dimension"), t("trial.dimension.sum", baselineLabel()),
                                       t("trial.dimension.mean", baselineLabel()), t("trial.dimension.sum", trialLabel()),
                                       t("trial.dimension.mean", trialLabel())), rows);
    }

    ExportTable ruleHits() {
        List<List<String>> rows = new ArrayList<>();
        for (RuleHits hits : result.ruleHits()) {
            rows.add(List.of(t("trial.rule." + hits.kind().name()), hits.ruleId() + " " + specialName(hits.ruleId()),
                             String.valueOf(hits.baseline().size()), String.join(" ", hits.baseline()),
                             String.valueOf(hits.candidate().size()), String.join(" ", hits.candidate())));
        }
        return new ExportTable(t("trial.sheet.rules"),
                               List.of(t("trial.rule.kind"), t("trial.rule.id"), baselineLabel(),
                                       t("trial.rule.enterprises"), trialLabel(), t("trial.rule.enterprises")),
                               rows);
    }

    ExportTable sensitivity() {
        return new ExportTable(t("trial.sheet.sensitivity"), List.of(t("trial.sensitivity.line")),
                               result.sensitivity().stream().map(line -> List.of(sentence(line))).toList());
    }

    List<ExportTable> all() {
        return List.of(summary(), distribution(), moverTable(), dimensions(), ruleHits(), sensitivity());
    }

    /** E.g. 「评分规则 EM05-b 单独调整：2 家企业等级变化（上升 0 家，下降 2 家）」. */
    String sentence(Sensitivity line) {
        VersionChange change = line.change();
        return t("trial.sensitivity.sentence", t("trial.change." + change.kind().name()), changeName(change),
                 line.moved(), line.up(), line.down());
    }

    private String changeName(VersionChange change) {
        return switch (change.kind()) {
            case INDICATOR -> (change.id() + " " + indicatorName(change.id())).strip();
            case DIMENSION -> (change.id() + " " + dimensionName(change.id())).strip();
            case VETO, CEILING, DOWNGRADE -> (change.id() + " " + specialName(change.id())).strip();
            default -> change.id();
        };
    }

    private MoverRow moverRow(Mover mover, Map<String, String> names) {
        return new MoverRow(mover.creditCode(), names.getOrDefault(mover.creditCode(), ""), mover.baseline().grade(),
                            mover.candidate().grade(), t("trial.movement." + mover.movement().name()),
                            mover.diff().explain(trial, locale));
    }

    private Stream<IndicatorSystem> systems() {
        return Stream.of(trial, baseline).filter(system -> system != null);
    }

    private String dimensionName(String code) {
        return systems().flatMap(system -> system.dimensions().stream()).filter(d -> d.code().equals(code))
                        .findFirst().map(DimensionDefinition::name).map(name -> name.in(locale)).orElse("");
    }

    private String indicatorName(String code) {
        return systems().flatMap(system -> system.dimensions().stream())
                        .flatMap(dimension -> dimension.indicators().stream()).filter(i -> i.code().equals(code))
                        .findFirst().map(IndicatorDefinition::name).map(name -> name.in(locale)).orElse("");
    }

    private String specialName(String id) {
        Optional<SpecialRule> rule = systems().flatMap(system -> Stream.of(system.vetoes(), system.ceilings(),
                                                                           system.downgrades()))
                                              .flatMap(List::stream).filter(r -> r.id().equals(id)).findFirst();
        return rule.map(r -> r.name().in(locale)).orElse("");
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
