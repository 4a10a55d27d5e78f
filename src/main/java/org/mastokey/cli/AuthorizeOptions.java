package org.mastokey.cli;

import java.time.Duration;
import org.mastokey.oauth.AuthorizeMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How the authorization code reaches the command line; shared by {@code login} and {@code rotate}. */
final class AuthorizeOptions {
    static final class Mode {
        @Option(names = "--browser", description = "Open the system browser and wait for its redirect on 127.0.0.1 (default).")
        boolean browser;

        @Option(names = "--oob", description = "Print the authorization URL and read the code the server shows from stdin.")
        boolean oob;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode;

    @Option(names = "--browser-command", paramLabel = "COMMAND",
            description = {"Command that opens the URL (the URL is appended, or replaces %%s).",
                    "Default: $BROWSER, else the desktop's opener (xdg-open, open, start)."})
    String browserCommand;

    @Option(names = "--force-login", description = "Ask the server to show its sign-in page even if the browser is signed in (another account).")
    boolean forceLogin;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "How long to wait for the authorization (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    AuthorizeMode authorizeMode() {
        return mode != null && mode.oob ? AuthorizeMode.OOB : AuthorizeMode.LOOPBACK;
    }

    /** A day: longer than any sign-in, short enough that every clock and timer can hold it. */
    static final long MAX_TIMEOUT_SECONDS = 86_400;

    Duration timeout() {
        if (timeoutSeconds <= 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new CliFailure(ExitCode.USAGE, "--timeout must be a number of seconds from 1 to " + MAX_TIMEOUT_SECONDS + ".");
        }
        return Duration.ofSeconds(timeoutSeconds);
    }
}
