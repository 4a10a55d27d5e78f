package org.mastokey;

import org.mastokey.app.DesktopLauncher;
import org.mastokey.cli.Cli;

/**
 * The one entry class: picks the face from the arguments. Deliberately not a JavaFX
 * {@code Application}, so that a subcommand runs the command line without starting JavaFX.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.selects(args)) {
            System.exit(Cli.run(args));
        }
        DesktopLauncher.launch(args);
    }
}
