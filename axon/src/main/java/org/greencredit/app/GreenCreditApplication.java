package org.greencredit.app;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greencredit.app.cli.CompactCommand;
import org.greencredit.app.cli.GenerateCommand;
import org.greencredit.app.cli.ScoreCommand;
import org.greencredit.app.cli.StoreOnlyApplication;
import org.greencredit.app.demo.DemoSeeding;
import org.greencredit.app.cli.VerificationApplication;
import org.greencredit.app.cli.VerifyDecisionsCommand;
import org.greencredit.app.cli.VerifyDrawCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** The green-credit application: Axon wiring, storage, and the Vaadin web UI. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.greencredit.app", "org.greencredit.ui"}, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                              classes = {StoreOnlyApplication.class, VerificationApplication.class})})
@ConfigurationPropertiesScan
@EnableVaadin("org.greencredit.ui")
public class GreenCreditApplication {

    static final int START_FAILED = 1;
    static final int COMMAND_FAILED = 2;
    private static final List<String> COMMANDS = List.of("score", "verify-decisions", "verify-draw", "generate",
                                                         "compact");

    /**
     * Starts the application — after creating the demo district when the embedded store is new — or runs a
     * command-line tool named by the first argument: {@code score} (no store at all), {@code verify-decisions} and
     * {@code verify-draw} (read the store, start nothing else), {@code generate} (a synthetic district into an empty
     * store) or {@code compact} (give the stores' unused space back, with the application stopped).
     */
    public static void main(String[] args) {
        // Axon prints an advertisement for its hosted console at every start unless told not to.
        System.setProperty("disable-axoniq-console-message", "true");
        // UTF-8 whatever the terminal's locale says, so Chinese messages survive a bare CI shell.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            List<String> rest = List.of(args).subList(1, args.length);
            try {
                System.exit(switch (args[0]) {
                    case "score" -> new ScoreCommand(out, err).run(rest);
                    case "verify-decisions" -> new VerifyDecisionsCommand(out, err).run(rest);
                    case "verify-draw" -> new VerifyDrawCommand(out, err).run(rest);
                    case "compact" -> new CompactCommand(out, err).run(rest);
                    default -> new GenerateCommand(out, err).run(rest);
                });
            } catch (RuntimeException failed) {
                exitAfterFailedStart(COMMAND_FAILED);
            }
        }
        try {
            DemoSeeding.seedIfWanted(args, out);
            SpringApplication.run(GreenCreditApplication.class, args);
        } catch (RuntimeException failed) {
            exitAfterFailedStart(START_FAILED);
        }
    }

    /**
     * Spring Boot has already said why — in one line ({@code StartupFailureAnalyzer}) or, for an unforeseen failure,
     * with the stack trace. Exiting is still needed: threads that the half-started application left running (Netty,
     * HSQLDB, Axon) would otherwise keep the JVM alive for good.
     */
    private static void exitAfterFailedStart(int status) {
        System.exit(status);
    }
}
