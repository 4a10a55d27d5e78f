package org.mastokey.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The command line (issue 6): {@code mastokey login|list|token|verify|revoke|rotate}. Every command
 * reports errors as one line on stderr and an {@link ExitCode}; only {@code token} prints a secret.
 */
public final class Cli {
    private Cli() {
    }

    /** @return the process exit code */
    public static int run(String[] args) {
        return run(args, CliEnvironment.system());
    }

    public static int run(String[] args, CliEnvironment env) {
        CommandLine cli = commandLine(env);
        return cli.execute(args);
    }

    static CommandLine commandLine(CliEnvironment env) {
        CommandLine cli = new CommandLine(new MastokeyCommand());
        cli.addSubcommand("login", new LoginCommand(env));
        cli.addSubcommand("list", new ListCommand(env));
        cli.addSubcommand("token", new TokenCommand(env));
        cli.addSubcommand("verify", new VerifyCommand(env));
        cli.addSubcommand("revoke", new RevokeCommand(env));
        cli.addSubcommand("rotate", new RotateCommand(env));
        cli.addSubcommand("help", new CommandLine.HelpCommand());
        cli.setOut(new PrintWriter(env.out(), true));
        cli.setErr(new PrintWriter(env.err(), true));
        cli.setParameterExceptionHandler((invalid, args) -> {
            CommandLine command = invalid.getCommandLine();
            command.getErr().println("mastokey: " + invalid.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(invalid, command.getErr());
            command.getErr().println("See: " + command.getCommandSpec().qualifiedName() + " --help");
            command.getErr().flush();
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
            FailureReport report = FailureReport.of(failure);
            commandLine.getErr().println("mastokey: " + report.message());
            if (env.variable("MASTOKEY_DEBUG").isPresent()) {
                failure.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return report.exitCode();
        });
        return cli;
    }
}
