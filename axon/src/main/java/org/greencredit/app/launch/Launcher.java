package org.greencredit.app.launch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.greencredit.app.cli.GreenCreditCommands;
import org.greencredit.app.demo.DemoSeeding;
import org.springframework.boot.SpringApplication;

/**
 * What {@code java -jar green-credit.jar} does: runs the command-line tool named by the first argument, or starts
 * the application — after creating the demo district when the embedded store is new. The application class is
 * handed in, so that nothing here (nor the demo seeding or the store-only application below it) depends back on it.
 */
public final class Launcher {

    static final int START_FAILED = 1;

    private Launcher() {
    }

    /** Runs the command-line tool ({@link GreenCreditCommands}) the arguments name, or else {@code application}. */
    public static void launch(Class<?> application, String[] args) {
        // Axon prints an advertisement for its hosted console at every start unless told not to.
        System.setProperty("disable-axoniq-console-message", "true");
        // UTF-8 whatever the terminal's locale says, so Chinese messages survive a bare CI shell.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        GreenCreditCommands commands = GreenCreditCommands.printingTo(out, err);
        if (commands.isCommand(args)) {
            try {
                System.exit(commands.run(args));
            } catch (RuntimeException failed) {
                exitAfterFailedStart(GreenCreditCommands.COMMAND_FAILED);
            }
        }
        try {
            DemoSeeding.seedIfWanted(args, out);
            SpringApplication.run(application, args);
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
