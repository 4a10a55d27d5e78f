package org.mastokey.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The command line: {@code mastokey login|list|token|verify|revoke|rotate|exec|run|import}. Every command reports
 * errors as one line on stderr and an {@link ExitCode}; only {@code token} prints a secret.
 */
public final class Cli {
    /** The subcommands, in the order {@code --help} lists them: the one list of them in the code. */
    private static final Map<String, Function<CliEnvironment, Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("login", LoginCommand::new);
        COMMANDS.put("list", ListCommand::new);
        COMMANDS.put("token", TokenCommand::new);
        COMMANDS.put("verify", VerifyCommand::new);
        COMMANDS.put("revoke", RevokeCommand::new);
        COMMANDS.put("rotate", RotateCommand::new);
        COMMANDS.put("exec", ExecCommand::new);
        COMMANDS.put("run", RunCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("help", env -> new CommandLine.HelpCommand());
    }

    /** First arguments besides the subcommands that belong to the command line rather than the wizard. */
    private static final Set<String> ROOT_OPTIONS = Set.of("--help", "-h", "--version", "-V");

    private Cli() {
    }

    /** The subcommand names, for the launchers that must tell the command line from the wizard. */
    public static Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    /** True when these arguments ask for the command line rather than the desktop wizard. */
    public static boolean selects(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || ROOT_OPTIONS.contains(args[0]));
    }

    /** @return the process exit code */
    public static int run(String[] args) {
        return run(args, CliEnvironment.system());
    }

    public static int run(String[] args, CliEnvironment env) {
        if (isPlainTokenLookup(args)) {
            return quickToken(args, env);
        }
        CommandLine cli = commandLine(env);
        return cli.execute(args);
    }

    /**
     * {@code token ACCOUNT} and {@code token --env ACCOUNT} run in scripts, often many times, so they
     * skip building the picocli model of every command (about half of the start-up time measured by
     * packaging/bench-token). Any other shape, {@code --help} included, goes through picocli.
     */
    static boolean isPlainTokenLookup(String[] args) {
        if (args.length < 2 || args.length > 3 || !args[0].equals("token")) {
            return false;
        }
        String account = args[args.length - 1];
        boolean optionOk = args.length == 2 || args[1].equals("--env");
        return optionOk && !account.startsWith("-") && account.contains("@");
    }

    private static int quickToken(String[] args, CliEnvironment env) {
        try {
            return TokenCommand.print(new CommandContext(env), args[args.length - 1], args.length == 3);
        } catch (Exception | Error e) {
            return report(e, env);
        }
    }

    private static int report(Throwable failure, CliEnvironment env) {
        FailureReport report = FailureReport.of(failure);
        env.err().println("mastokey: " + report.message());
        if (env.variable("MASTOKEY_DEBUG").isPresent()) {
            failure.printStackTrace(env.err());
        }
        env.err().flush();
        return report.exitCode();
    }

    static CommandLine commandLine(CliEnvironment env) {
        CommandLine cli = new CommandLine(new MastokeyCommand());
        COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.apply(env)));
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
            commandLine.getOut().flush();
            return report(failure, env);
        });
        return cli;
    }
}
