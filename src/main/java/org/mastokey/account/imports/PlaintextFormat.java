package org.mastokey.account.imports;

import java.util.Arrays;
import java.util.Optional;

/** The plaintext files {@code mastokey import} reads tokens from, by the name the command line uses. */
public enum PlaintextFormat {
    /** toot's {@code config.json}: {@code apps} by instance, {@code users} by {@code user@instance}. */
    TOOT("toot"),
    /** A credential file written by Mastodon.py's {@code log_in(to_file=...)}. */
    MASTODON_PY("mastodon.py"),
    /** A {@code .env} file with {@code MASTODON_ACCESS_TOKEN} and {@code MASTODON_API_BASE_URL}. */
    ENV("env");

    private final String cliName;

    PlaintextFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Optional<PlaintextFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName.equalsIgnoreCase(name)).findFirst();
    }

    /** A guess from the content, for a file picked in the desktop app: JSON is toot's, NAME=value lines a .env. */
    public static PlaintextFormat detect(String text) {
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            return TOOT;
        }
        boolean assignments = start.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                // a token's base64 padding ("abc==") is no assignment: a value must follow the first '='
                .anyMatch(line -> line.matches("(?:export\\s+)?[A-Za-z_][A-Za-z0-9_]*\\s*=(?!=*$).*"));
        return assignments ? ENV : MASTODON_PY;
    }
}
