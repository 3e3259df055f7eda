package org.greencredit.app.startup;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints a failed start's analysis as one line on standard error, in place of Spring Boot's framed block (whose
 * logger, {@code LoggingFailureAnalysisReporter}, is switched off in {@code application.yml}).
 */
public class OneLineFailureReporter implements FailureAnalysisReporter {

    @Override
    public void report(FailureAnalysis analysis) {
        String line = analysis.getDescription()
                      + (analysis.getAction() == null || analysis.getAction().isBlank() ? "" : " " + analysis.getAction());
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)
                .println("green-credit: " + line.replaceAll("\\s*\\R\\s*", " ").strip());
    }
}
