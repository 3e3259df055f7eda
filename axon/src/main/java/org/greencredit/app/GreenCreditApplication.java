package org.greencredit.app;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greencredit.app.cli.ScoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The green-credit application: Axon wiring, storage, and the Vaadin web UI. */
@SpringBootApplication(scanBasePackages = {"org.greencredit.app", "org.greencredit.ui"})
@ConfigurationPropertiesScan
@EnableVaadin("org.greencredit.ui")
public class GreenCreditApplication {

    /**
     * Starts the application, or runs a command-line tool named by the first argument ({@code score}) without
     * starting the application.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("score")) {
            // UTF-8 whatever the terminal's locale says, so Chinese messages survive a bare CI shell.
            PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(new ScoreCommand(out, err).run(List.of(args).subList(1, args.length)));
        }
        // Axon prints an advertisement for its hosted console at every start unless told not to.
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(GreenCreditApplication.class, args);
    }
}
