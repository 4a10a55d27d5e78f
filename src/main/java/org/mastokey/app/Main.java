package org.mastokey.app;

import java.util.Set;

/**
 * Entry point of the launcher. Deliberately not a JavaFX {@code Application}: the app runs from the
 * class path, and a subcommand runs the command line without starting JavaFX.
 */
public final class Main {
    /** First arguments that select the command line instead of the wizard. */
    static final Set<String> CLI_COMMANDS = Set.of("login", "list", "token", "verify", "revoke", "rotate", "help", "--help", "-h", "--version", "-V");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CLI_COMMANDS.contains(args[0])) {
            System.exit(org.mastokey.cli.Cli.run(args));
        }
        DesktopLauncher.launch(args);
    }
}
