package org.mastokey.account.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mastokey.net.Secret;

/**
 * A {@code .env} file with {@code MASTODON_ACCESS_TOKEN} and {@code MASTODON_API_BASE_URL} ({@code export}
 * in front and quotes allowed). A moved token's line becomes a reference {@code mastokey run} resolves,
 * {@code MASTODON_ACCESS_TOKEN=mastokey://ACCOUNT}; every other line stays as it was, byte for byte.
 */
final class DotEnvFile implements PlaintextFile {
    static final String TOKEN = "MASTODON_ACCESS_TOKEN";
    static final String BASE_URL = "MASTODON_API_BASE_URL";
    static final String REFERENCE = "mastokey://";
    private static final Pattern LINE = Pattern.compile("^(\\s*(?:export\\s+)?)([A-Za-z_][A-Za-z0-9_]*)(\\s*=\\s*)(.*?)\\s*$");

    private final List<String> lines;
    private final List<FoundToken> tokens = new ArrayList<>();
    private final List<Unusable> unusable = new ArrayList<>();
    private int tokenLine = -1;

    private DotEnvFile(List<String> lines) {
        this.lines = lines;
        String token = null;
        String base = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(lines.get(i));
            if (!m.matches()) {
                throw new UnreadableSource("line " + (i + 1) + " is not NAME=value");
            }
            if (m.group(2).equals(TOKEN)) {
                token = unquote(m.group(4));
                tokenLine = i;
            } else if (m.group(2).equals(BASE_URL)) {
                base = unquote(m.group(4));
            }
        }
        if (token == null || token.isEmpty()) {
            throw new UnreadableSource("has no " + TOKEN + " line");
        }
        String entry = TOKEN + " (line " + (tokenLine + 1) + ")";
        if (token.startsWith(REFERENCE)) {
            unusable.add(new Unusable(entry, "is a reference into the keychain already"));
            return;
        }
        if (base == null || base.startsWith(REFERENCE)) {
            unusable.add(new Unusable(entry, "has no " + BASE_URL + " line naming its server"));
            return;
        }
        Optional<java.net.URI> apiBase = PlaintextFile.apiBase(base);
        if (apiBase.isEmpty()) {
            unusable.add(new Unusable(entry, BASE_URL + " is not a server address (https://host)"));
            return;
        }
        tokens.add(new FoundToken(entry, apiBase.get(), Secret.of(token), Optional.empty(), Optional.empty()));
    }

    static DotEnvFile parse(String text) {
        return new DotEnvFile(List.of(text.split("\n", -1)));
    }

    @Override
    public List<FoundToken> tokens() {
        return List.copyOf(tokens);
    }

    @Override
    public List<Unusable> unusable() {
        return List.copyOf(unusable);
    }

    @Override
    public Optional<String> without(Map<String, String> moved) {
        List<String> out = new ArrayList<>(lines);
        for (FoundToken token : tokens) {
            String acct = moved.get(token.entry());
            if (acct != null) {
                Matcher m = LINE.matcher(lines.get(tokenLine));
                m.matches();
                String ending = lines.get(tokenLine).endsWith("\r") ? "\r" : "";
                out.set(tokenLine, m.group(1) + m.group(2) + m.group(3) + REFERENCE + acct + ending);
            }
        }
        return Optional.of(String.join("\n", out));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}
