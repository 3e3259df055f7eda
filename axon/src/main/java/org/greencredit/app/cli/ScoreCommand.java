package org.greencredit.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.greencredit.app.cli.FactsFile.BadInput;
import org.greencredit.domain.common.Refusal;
import org.greencredit.domain.fact.ResolvedFact;
import org.greencredit.domain.indicator.DefinitionProblem;
import org.greencredit.domain.indicator.IndicatorSystem;
import org.greencredit.domain.indicator.IndicatorSystemParser;
import org.greencredit.domain.indicator.InvalidIndicatorSystem;
import org.greencredit.domain.scoring.DecisionExplanation;
import org.greencredit.domain.scoring.DimensionScore;
import org.greencredit.domain.scoring.GradeDecision;
import org.greencredit.domain.scoring.IndicatorScore;
import org.greencredit.domain.scoring.ScoringEngine;
import org.greencredit.ui.i18n.RefusalMessages;
import org.greencredit.ui.i18n.Translations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code score --indicators FILE.yaml --facts FACTS.json --from DATE --to DATE --as-of DATE [--lang zh|en]
 * [--explain | --canonical]}: scores facts with an indicator system definition, outside the application and its
 * stores, for auditors and independent checks. Prints the decision as JSON (or in plain words with
 * {@code --explain}, or as the byte-stable canonical JSON stored in decision events with {@code --canonical}).
 * Bad input gets a clear message on standard error and exit code 2.
 */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false)
public final class ScoreCommand implements Callable<Integer>, CommandLines.Refusing {

    static final int OK = 0;
    static final int BAD_INPUT = 2;

    private static final ObjectMapper REPORT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final PrintStream out;
    private final PrintStream err;
    private final Translations translations = new Translations();
    private final CommandLine commandLine;

    // Not required for picocli: a missing one is named in the user's language, before the others are read.
    @Option(names = "--indicators", paramLabel = "SYSTEM.yaml", descriptionKey = "cli.score.option.indicators")
    private String indicators;
    @Option(names = "--facts", paramLabel = "FACTS.json", descriptionKey = "cli.score.option.facts")
    private String facts;
    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "cli.score.option.from")
    private String from;
    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "cli.score.option.to")
    private String to;
    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.score.option.asOf")
    private String asOf;
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    private String lang;
    @Option(names = "--explain", descriptionKey = "cli.score.option.explain")
    private boolean explain;
    @Option(names = "--canonical", descriptionKey = "cli.score.option.canonical")
    private boolean canonical;

    public ScoreCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.commandLine = CommandLines.of(this, "cli.score.description", null, out, err);
    }

    CommandLine commandLine() {
        return commandLine;
    }

    public int run(List<String> arguments) {
        return CommandLines.execute(commandLine, arguments);
    }

    @Override
    public Integer call() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("indicators", indicators);
        options.put("facts", facts);
        options.put("from", from);
        options.put("to", to);
        options.put("as-of", asOf);
        for (Map.Entry<String, String> required : options.entrySet()) {
            if (required.getValue() == null) {
                return usage("cli.argument.missing", "--" + required.getKey());
            }
        }
        try {
            LocalDate fromDate = date(options, "from");
            LocalDate toDate = date(options, "to");
            LocalDate asOfDate = date(options, "as-of");
            if (toDate.isBefore(fromDate)) {
                return bad("--to", new Refusal("cli.period.reversed", List.of(fromDate.toString(),
                                                                              toDate.toString())));
            }
            IndicatorSystem system = IndicatorSystemParser.parse(Files.readString(Path.of(indicators)));
            List<ResolvedFact> resolved = FactsFile.read(Path.of(facts));
            GradeDecision decision = ScoringEngine.of(system).score(resolved, fromDate, toDate, asOfDate);
            if (explain) {
                DecisionExplanation.of(decision, system, locale()).forEach(out::println);
            } else if (canonical) {
                out.println(decision.canonicalJson());
            } else {
                out.println(REPORT.writeValueAsString(report(decision)));
            }
            return OK;
        } catch (InvalidIndicatorSystem invalid) {
            for (DefinitionProblem problem : invalid.problems()) {
                err.println(indicators + ": " + problem.path() + ": "
                                    + RefusalMessages.of(new Refusal(problem.messageKey(), problem.arguments()),
                                                         translations, locale()));
            }
            return BAD_INPUT;
        } catch (BadInput badInput) {
            return bad(badInput.where(), badInput.refusal());
        } catch (DateArgumentException dateArgument) {
            return bad("--" + dateArgument.option, new Refusal("cli.date.invalid", List.of(dateArgument.value)));
        } catch (IOException unreadable) {
            return bad("", new Refusal("cli.file.unreadable", List.of(String.valueOf(unreadable.getMessage()))));
        }
    }

    @Override
    public int refuse(ParameterException problem) {
        return usage("cli.argument.unknown", CommandLines.unplaced(problem));
    }

    /** The decision with the fields an auditor looks for at the top: grade, total, dimensions, indicators, rules. */
    static Map<String, Object> report(GradeDecision decision) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("grade", decision.grade());
        report.put("scoreGrade", decision.scoreGrade());
        report.put("total", decision.total());
        List<Map<String, Object>> dimensions = new ArrayList<>();
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (DimensionScore dimension : decision.dimensions()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("code", dimension.code());
            d.put("points", dimension.points());
            d.put("raw", dimension.raw());
            d.put("base", dimension.base());
            d.put("max", dimension.max());
            dimensions.add(d);
            for (IndicatorScore indicator : dimension.indicators()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("code", indicator.code());
                i.put("dimension", dimension.code());
                i.put("points", indicator.points());
                i.put("raw", indicator.raw());
                i.put("cap", indicator.cap());
                i.put("contributions", indicator.contributions());
                indicators.add(i);
            }
        }
        report.put("dimensions", dimensions);
        report.put("indicators", indicators);
        report.put("vetoes", decision.vetoes());
        report.put("ceilings", decision.ceilings());
        report.put("downgrades", decision.downgrades());
        report.put("system", decision.system());
        report.put("version", decision.version());
        report.put("versionHash", decision.versionHash());
        report.put("periodFrom", decision.periodFrom());
        report.put("periodTo", decision.periodTo());
        report.put("asOf", decision.asOf());
        report.put("facts", decision.facts());
        return report;
    }

    private Locale locale() {
        return CommandLines.language(lang);
    }

    private int usage(String key, String argument) {
        err.println(RefusalMessages.of(new Refusal(key, List.of(argument)), translations, locale()));
        err.println(translations.getTranslation("cli.score.usage", locale()));
        return BAD_INPUT;
    }

    private int bad(String where, Refusal refusal) {
        err.println((where.isEmpty() ? "" : where + ": ") + RefusalMessages.of(refusal, translations, locale()));
        return BAD_INPUT;
    }

    private static LocalDate date(Map<String, String> options, String option) throws DateArgumentException {
        try {
            return LocalDate.parse(options.get(option));
        } catch (DateTimeParseException e) {
            throw new DateArgumentException(option, options.get(option));
        }
    }

    private static final class DateArgumentException extends Exception {

        private final String option;
        private final String value;

        DateArgumentException(String option, String value) {
            super(option + "=" + value);
            this.option = option;
            this.value = value;
        }
    }
}
