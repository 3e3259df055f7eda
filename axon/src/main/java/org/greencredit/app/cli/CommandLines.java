package org.greencredit.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.greencredit.ui.i18n.Translations;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * How every command line is parsed: by picocli, with {@code --help} from the options' declarations, option
 * descriptions from the translation bundles, arguments taken as given (no {@code @file} expansion, an option given
 * twice takes its last value), and a failure of the command itself answered with {@link #COMMAND_FAILED} and no
 * second report of it. A malformed command line is answered by the command's own translated usage, through
 * {@link Refusing}.
 */
final class CommandLines {

    /**
     * What a command that failed in a way it does not foresee exits with. Spring Boot has already said why, in one
     * line ({@code StartupFailureAnalyzer}) or with the stack trace, so picocli does not print it a second time.
     */
    static final int COMMAND_FAILED = 2;

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CommandLines() {
    }

    /** What a command says, in its own words, about a command line it cannot parse; returns its exit code. */
    interface Refusing {
        int refuse(ParameterException problem);
    }

    /**
     * @param descriptionKey the bundle key of the command's one-line description
     * @param footerKey      the bundle key of the text after its options, or {@code null} for none
     */
    static CommandLine of(Object command, String descriptionKey, String footerKey, PrintStream out,
                          PrintStream err) {
        CommandLine commandLine = new CommandLine(command);
        commandLine.setResourceBundle(ResourceBundle.getBundle(BUNDLE, helpLocale(), NO_FALLBACK));
        commandLine.getCommandSpec().usageMessage().description(help(descriptionKey));
        if (footerKey != null) {
            commandLine.getCommandSpec().usageMessage().footer("%n" + help(footerKey));
        }
        commandLine.getCommandSpec().version(version());
        commandLine.setOut(writer(out));
        commandLine.setErr(writer(err));
        commandLine.setExpandAtFiles(false);
        // As before picocli, an option given twice takes its last value: scripts append --lang en to a base line.
        commandLine.setOverwrittenOptionsAllowed(true);
        commandLine.setExecutionExceptionHandler((failure, failed, parsed) -> COMMAND_FAILED);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            Object failing = problem.getCommandLine().getCommand();
            if (failing instanceof Refusing refusing) {
                return refusing.refuse(problem);
            }
            problem.getCommandLine().getErr().println(problem.getMessage());
            problem.getCommandLine().usage(problem.getCommandLine().getErr());
            return CommandLine.ExitCode.USAGE;
        });
        return commandLine;
    }

    /** Runs {@code commandLine} on {@code arguments}, with everything it printed written out. */
    static int execute(CommandLine commandLine, List<String> arguments) {
        try {
            return commandLine.execute(arguments.toArray(String[]::new));
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    /** The first argument picocli could not place, as the user typed it. */
    static String unplaced(ParameterException problem) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched.getUnmatched().get(0);
        }
        if (problem.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName();
        }
        return problem.getMessage();
    }

    /** Whether every argument picocli left over is a {@code --name=value} setting for the application's context. */
    static boolean allProperties(List<String> leftOver) {
        return orNone(leftOver).stream().allMatch(argument -> argument.startsWith("--") && argument.contains("="));
    }

    /** What picocli left over: {@code null} when nothing was, so that no list outlives the parse that filled it. */
    static List<String> orNone(List<String> leftOver) {
        return leftOver == null ? List.of() : leftOver;
    }

    /** The language of {@code --lang}: English when it starts with {@code en}, Chinese otherwise and by default. */
    static Locale language(String lang) {
        return lang != null && lang.startsWith("en") ? Translations.ENGLISH : Translations.CHINESE;
    }

    /**
     * The help is printed before any {@code --lang} could be read, so it follows the JVM's language like the
     * start-up failure lines do: Chinese for {@code zh}, English otherwise.
     */
    private static Locale helpLocale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? Translations.CHINESE : Translations.ENGLISH;
    }

    /** The jar's Implementation-Version (Spring Boot's parent writes it); none when run from compiled classes. */
    private static String version() {
        String version = CommandLines.class.getPackage().getImplementationVersion();
        return version == null ? "green-credit" : "green-credit " + version;
    }

    private static String help(String key) {
        return new Translations().getTranslation(key, helpLocale());
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
