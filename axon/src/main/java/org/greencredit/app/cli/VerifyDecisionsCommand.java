package org.greencredit.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greencredit.app.audit.DecisionMismatch;
import org.greencredit.app.audit.DecisionVerifier;
import org.greencredit.app.audit.VerificationReport;
import org.greencredit.ui.i18n.Translations;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code verify-decisions [--credit-code CODE] [--lang zh|en] [--property=value ...]}: checks every stored grade
 * decision (or one enterprise's) against the event store and prints matched / mismatched with each difference.
 * Reads the store of the given configuration ({@code --greencredit.data-dir=...} for the embedded default, the
 * production profile's properties for Axon Server) without starting the web server, any event processor, the
 * deadline sweep or reference data. The embedded store allows one process at a time: stop the application first,
 * or verify from the running application instead. Exit code 0 when every decision matched, 1 when one did not,
 * 2 on bad input or when the store cannot be opened.
 */
public final class VerifyDecisionsCommand {

    static final int ALL_MATCHED = 0;
    static final int MISMATCHED = 1;
    static final int FAILED = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Translations translations = new Translations();
    private Locale locale = Translations.CHINESE;

    public VerifyDecisionsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(List<String> args) {
        String creditCode = null;
        List<String> properties = new ArrayList<>(List.of(
                "--spring.main.web-application-type=none", "--greencredit.processors.enabled=false",
                "--greencredit.reference-data.publish-shipped=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--credit-code") && i + 1 < args.size()) {
                creditCode = args.get(++i);
            } else if (arg.equals("--lang") && i + 1 < args.size()) {
                locale = args.get(++i).startsWith("en") ? Locale.ENGLISH : Translations.CHINESE;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                properties.add(arg);
            } else {
                err.println(text("verify.usage"));
                return FAILED;
            }
        }
        SpringApplication application = new SpringApplication(StoreOnlyApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
            DecisionVerifier verifier = context.getBean(DecisionVerifier.class);
            VerificationReport report = creditCode == null ? verifier.verifyAll() : verifier.verify(creditCode);
            print(report);
            return report.allMatched() ? ALL_MATCHED : MISMATCHED;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            err.println(text("verify.storeUnavailable", cause.getMessage()));
            return FAILED;
        }
    }

    private void print(VerificationReport report) {
        out.println(text("verify.summary", report.creditFiles(), report.decisions(), report.matched(),
                         report.mismatches().size(), report.took().toMillis()));
        for (DecisionMismatch mismatch : report.mismatches()) {
            out.println(text("verify.mismatch", mismatch.creditCode(), mismatch.sequence(), mismatch.decisionId(),
                             text("decisionKind." + mismatch.kind()), mismatch.decidedOn()));
            mismatch.differences().forEach(difference -> out.println("    " + difference));
        }
    }

    private String text(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }
}
