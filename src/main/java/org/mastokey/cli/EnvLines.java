package org.mastokey.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code NAME=value} lines that mean the same to {@code export $(…)} (word splitting and globbing,
 * no quote removal), to {@code eval "$(…)"} (full shell parsing, tilde expansion after {@code =}) and
 * to dotenv readers: that only holds for values with none of the characters any of them treats
 * specially, so a value outside that set is refused rather than quoted.
 */
final class EnvLines {
    /** Letters, digits and {@code - . _ ~ + / = :}, never blank. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9\\-._~+/=:]+");

    private EnvLines() {
    }

    static List<String> of(String... namesAndValues) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            // a tilde first or after a colon would be expanded in an assignment that eval reads
            if (!PLAIN.matcher(value).matches() || value.startsWith("~") || value.contains(":~")) {
                throw new CliFailure(ExitCode.REFUSED, namesAndValues[i] + " has characters a shell or a .env file would"
                        + " change, so --env does not print it. Use: mastokey token ACCOUNT");
            }
            lines.add(namesAndValues[i] + "=" + value);
        }
        return lines;
    }
}
