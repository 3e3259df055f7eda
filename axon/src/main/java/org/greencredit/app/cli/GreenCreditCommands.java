package org.greencredit.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tools of {@code java -jar green-credit.jar}, each a subcommand with its own {@code --help}:
 * {@code score} (no store at all), {@code verify-decisions} and {@code verify-draw} (read the store, start nothing
 * else), {@code generate} (a synthetic district into an empty store) and {@code compact} (give the stores' unused
 * space back, with the application stopped). Any other first argument starts the application.
 */
@Command(name = "java -jar green-credit.jar", mixinStandardHelpOptions = true)
public final class GreenCreditCommands implements Callable<Integer> {

    /**
     * The exit code of a command that failed in a way it does not foresee, mostly a context that would not start.
     */
    public static final int COMMAND_FAILED = CommandLines.COMMAND_FAILED;

    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    private final CommandLine commandLine;

    private GreenCreditCommands(PrintStream out, PrintStream err) {
        commandLine = CommandLines.of(this, "cli.commands.description", "cli.commands.footer", out, err);
        commandLine.addSubcommand(new ScoreCommand(out, err).commandLine());
        commandLine.addSubcommand(new VerifyDecisionsCommand(out, err).commandLine());
        commandLine.addSubcommand(new VerifyDrawCommand(out, err).commandLine());
        commandLine.addSubcommand(new GenerateCommand(out, err).commandLine());
        commandLine.addSubcommand(new CompactCommand(out, err).commandLine());
    }

    public static GreenCreditCommands printingTo(PrintStream out, PrintStream err) {
        return new GreenCreditCommands(out, err);
    }

    /**
     * Whether {@code args} name a command-line tool (or ask which there are, or the version) rather than start the
     * application.
     */
    public boolean isCommand(String[] args) {
        return args.length > 0 && (commandLine.getSubcommands().containsKey(args[0]) || OWN_OPTIONS.contains(args[0]));
    }

    /** Runs the tool {@code args} name; its exit code. */
    public int run(String... args) {
        return CommandLines.execute(commandLine, List.of(args));
    }

    /** Reached only without a subcommand, which {@link #isCommand} does not send here. */
    @Override
    public Integer call() {
        commandLine.usage(commandLine.getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
