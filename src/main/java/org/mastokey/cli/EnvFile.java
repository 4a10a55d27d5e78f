package org.mastokey.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code .env} file as {@code mastokey run} reads it: {@code NAME=value} lines, {@code export } in
 * front allowed, values optionally in single or double quotes, {@code #} comments and blank lines
 * ignored. A value may be a reference into the keychain instead of a secret:
 * {@code mastokey://alice@example.social} (the token) or {@code mastokey://alice@example.social/base-url}.
 */
record EnvFile(List<Entry> entries) {
    static final String SCHEME = "mastokey://";
    private static final Pattern LINE = Pattern.compile("^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$");

    /** One assignment; {@code line} counts from 1, for messages. */
    record Entry(int line, String name, String value) {
        boolean isReference() {
            return value.startsWith(SCHEME);
        }
    }

    /** What a reference names: the account, and which of its values. */
    record Reference(String account, Part part) {
        enum Part { TOKEN, BASE_URL, ACCOUNT }
    }

    static EnvFile parse(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new CliFailure(ExitCode.USAGE, "line " + (i + 1) + " is not NAME=value");
            }
            entries.add(new Entry(i + 1, m.group(1), unquote(m.group(2).strip())));
        }
        return new EnvFile(List.copyOf(entries));
    }

    static Reference reference(Entry entry) {
        String rest = entry.value().substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String account = slash < 0 ? rest : rest.substring(0, slash);
        String part = slash < 0 ? "token" : rest.substring(slash + 1);
        Reference.Part which = switch (part) {
            case "token" -> Reference.Part.TOKEN;
            case "base-url" -> Reference.Part.BASE_URL;
            case "account" -> Reference.Part.ACCOUNT;
            default -> throw new CliFailure(ExitCode.USAGE, "line " + entry.line() + ": " + entry.name() + " refers to \""
                    + part + "\"; a reference ends in nothing (the token), /base-url or /account");
        };
        return new Reference(account, which);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}
