package org.greencredit.app.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.greencredit.app.audit.DecisionMismatch;
import org.greencredit.app.audit.DecisionVerifier;
import org.greencredit.app.audit.VerificationReport;
import org.greencredit.app.instance.RunningInstance;
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
 * {@code verify-decisions [--credit-code CODE] [--lang zh|en] [--user NAME] [--property=value ...]}: checks every
 * stored grade decision (or one enterprise's) against the event store and prints matched / mismatched with each
 * difference. Opens only the event store of the given configuration ({@code --greencredit.data-dir=...} for the
 * embedded default, the production profile's properties for Axon Server) through {@link VerificationApplication}: no
 * read-model store, web server, processor or sweep. While the application holds the embedded store (it admits one
 * process), the check is asked of the running application instead ({@code GET /api/audit/decision-verification}) as
 * the auditor or administrator {@code --user}, whose password comes from {@value #PASSWORD_VARIABLE} or the console —
 * never from the command line, where other users of the machine could read it. Exit code 0 when every decision
 * matched, 1 when one did not, 2 on bad input or when the store (or the running application) cannot be used.
 */
@Command(name = "verify-decisions", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false)
public final class VerifyDecisionsCommand implements Callable<Integer>, CommandLines.Refusing {

    static final int ALL_MATCHED = 0;
    static final int MISMATCHED = 1;
    static final int FAILED = 2;
    static final String PASSWORD_VARIABLE = "GREENCREDIT_PASSWORD";

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Optional<String>> password;
    private final Translations translations = new Translations();
    private final CommandLine commandLine;

    @Option(names = "--credit-code", paramLabel = "CODE", descriptionKey = "cli.verifyDecisions.option.creditCode")
    private String creditCode;
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
    private String lang;
    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "cli.verifyDecisions.option.user")
    private String user;
    @Unmatched
    private List<String> properties;

    public VerifyDecisionsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.password = () -> passwordFromEnvironmentOrConsole(text("verify.remote.passwordPrompt"));
        this.commandLine = CommandLines.of(this, "cli.verifyDecisions.description", "cli.option.properties", out, err);
    }

    /** @param password the password of {@code --user}, asked only when the running application is to be used */
    VerifyDecisionsCommand(PrintStream out, PrintStream err, Supplier<Optional<String>> password) {
        this.out = out;
        this.err = err;
        this.password = password;
        this.commandLine = CommandLines.of(this, "cli.verifyDecisions.description", "cli.option.properties", out, err);
    }

    CommandLine commandLine() {
        return commandLine;
    }

    public int run(List<String> args) {
        return CommandLines.execute(commandLine, args);
    }

    @Override
    public Integer call() {
        if (!CommandLines.allProperties(properties)) {
            return usage();
        }
        List<String> startProperties = StoreReading.properties();
        startProperties.addAll(CommandLines.orNone(properties));
        Optional<RunningInstance> running = RunningInstance.in(StoreReading.dataDir(startProperties));
        if (running.isPresent()) {
            return verifyThrough(running.get(), user, creditCode);
        }
        return verifyInProcess(startProperties, creditCode);
    }

    @Override
    public int refuse(ParameterException problem) {
        return usage();
    }

    private int usage() {
        err.println(text("verify.usage"));
        err.println(text("verify.usage.user"));
        return FAILED;
    }

    private int verifyInProcess(List<String> properties, String creditCode) {
        SpringApplication application = new SpringApplication(VerificationApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(properties.toArray(String[]::new))) {
            DecisionVerifier verifier = context.getBean(DecisionVerifier.class);
            return print(creditCode == null ? verifier.verifyAll() : verifier.verify(creditCode));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            err.println(text("verify.storeUnavailable", cause.getMessage()));
            return FAILED;
        }
    }

    private int verifyThrough(RunningInstance instance, String user, String creditCode) {
        out.println(text("verify.remote.using", instance.url()));
        if (user == null || user.isBlank()) {
            err.println(text("verify.remote.userNeeded"));
            return FAILED;
        }
        Optional<String> secret = password.get();
        if (secret.isEmpty()) {
            err.println(text("verify.remote.passwordNeeded", user));
            return FAILED;
        }
        String query = creditCode == null || creditCode.isBlank()
                ? "" : "?creditCode=" + URLEncoder.encode(creditCode, StandardCharsets.UTF_8);
        String credentials = Base64.getEncoder().encodeToString((user + ":" + secret.get())
                                                                         .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.url() + "/api/audit/decision-verification"
                                                                + query))
                                         .header("Authorization", "Basic " + credentials)
                                         .header("Accept", "application/json")
                                         .timeout(Duration.ofHours(1)).GET().build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                                                      .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401 || response.statusCode() == 403 || response.statusCode() == 422) {
                err.println(text("verify.remote.refused", String.valueOf(response.statusCode())));
                return FAILED;
            }
            if (response.statusCode() != 200) {
                err.println(text("verify.remote.unavailable", instance.url(), "HTTP " + response.statusCode()));
                return FAILED;
            }
            return print(json().readValue(response.body(), VerificationReport.class));
        } catch (IOException e) {
            err.println(text("verify.remote.unavailable", instance.url(), String.valueOf(e.getMessage())));
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(text("verify.remote.unavailable", instance.url(), "interrupted"));
            return FAILED;
        }
    }

    private int print(VerificationReport report) {
        out.println(text("verify.summary", report.creditFiles(), report.decisions(), report.matched(),
                         report.mismatches().size(), report.took().toMillis()));
        for (DecisionMismatch mismatch : report.mismatches()) {
            out.println(text("verify.mismatch", mismatch.creditCode(), mismatch.sequence(), mismatch.decisionId(),
                             text("decisionKind." + mismatch.kind()), mismatch.decidedOn()));
            mismatch.differences().forEach(difference -> out.println("    " + difference));
        }
        return report.allMatched() ? ALL_MATCHED : MISMATCHED;
    }


    private static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                                 .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static Optional<String> passwordFromEnvironmentOrConsole(String prompt) {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment);
        }
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("%s", prompt);
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
    }

    private String text(String key, Object... arguments) {
        return translations.getTranslation(key, CommandLines.language(lang), arguments);
    }
}
