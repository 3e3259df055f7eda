package org.greencredit.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.greencredit.app.inspection.DrawCheck;
import org.greencredit.app.inspection.DrawVerifier;
import org.greencredit.app.instance.RunningInstance;
import org.greencredit.domain.common.RuleViolation;
import org.greencredit.domain.inspection.InspectionPeriod;
import org.greencredit.ui.i18n.Translations;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Unmatched;

/**
 * {@code verify-draw [--period 2026-Q4] [--lang zh|en] [--property=value ...]}: recomputes every recorded inspection
 * draw (or one period's) from its recorded inputs and seed, checks the input hash, compares the recorded population
 * with the event store at the draw, and prints {@code match} or each difference. Opens only the event store, through
 * {@link VerificationApplication}; while the application holds the embedded store it says so and stops. Exit code 0
 * when every draw matched, 1 when one did not, 2 on bad arguments, an unknown period or an unusable store.
 */
@Command(name = "verify-draw", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false)
public final class VerifyDrawCommand implements Callable<Integer>, CommandLines.Refusing {

    static final int ALL_MATCHED = 0;
    static final int MISMATCHED = 1;
    static final int FAILED = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Translations translations = new Translations();
    private final CommandLine commandLine;

    @Option(names = "--period", paramLabel = "2026-Q4", descriptionKey = "cli.verifyDraw.option.period")
    private String period;
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    private String lang;
    @Unmatched
    private List<String> given;

    public VerifyDrawCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.commandLine = CommandLines.of(this, "cli.verifyDraw.description", "cli.option.properties", out, err);
    }

    CommandLine commandLine() {
        return commandLine;
    }

    public int run(List<String> args) {
        return CommandLines.execute(commandLine, args);
    }

    @Override
    public int refuse(ParameterException problem) {
        err.println(text("verifyDraw.usage"));
        return FAILED;
    }

    @Override
    public Integer call() {
        if (!CommandLines.allProperties(given)) {
            err.println(text("verifyDraw.usage"));
            return FAILED;
        }
        List<String> properties = StoreReading.properties();
        properties.addAll(CommandLines.orNone(given));
        String period = this.period;
        if (period != null) {
            try {
                period = InspectionPeriod.parse(period).toString();
            } catch (RuleViolation invalid) {
                err.println(text(invalid.messageKey(), invalid.arguments().toArray()));
                err.println(text("verifyDraw.usage"));
                return FAILED;
            }
        }
        Path dataDir = StoreReading.dataDir(properties);
        if (RunningInstance.in(dataDir).isPresent()) {
            err.println(text("verifyDraw.storeHeld", dataDir));
            return FAILED;
        }
        SpringApplication application = new SpringApplication(VerificationApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
            return print(context.getBean(DrawVerifier.class).verify(period), period);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            err.println(text("verify.storeUnavailable", cause.getMessage()));
            return FAILED;
        }
    }

    private int print(List<DrawCheck> checks, String period) {
        if (checks.isEmpty() && period != null) {
            err.println(text("verifyDraw.periodNotDrawn", period));
            return FAILED;
        }
        for (DrawCheck check : checks) {
            out.println(check.matched()
                        ? text("verifyDraw.match", check.drawId(), check.seed(), check.inputHash(), check.enterprises(),
                               check.drawnOnSite())
                        : text("verifyDraw.mismatch", check.drawId(), check.seed(), check.inputHash()));
            check.differences().forEach(difference -> out.println("    " + difference));
        }
        long matched = checks.stream().filter(DrawCheck::matched).count();
        out.println(text("verifyDraw.summary", checks.size(), matched, checks.size() - matched));
        return matched == checks.size() ? ALL_MATCHED : MISMATCHED;
    }


    private String text(String key, Object... arguments) {
        return translations.getTranslation(key, CommandLines.language(lang), arguments);
    }
}
