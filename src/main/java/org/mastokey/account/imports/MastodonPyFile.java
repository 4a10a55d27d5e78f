package org.mastokey.account.imports;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mastokey.net.Secret;

/**
 * A user credential file of Mastodon.py ({@code log_in(..., to_file=...)}), one value a line: the access
 * token; since 1.x the API base URL; in current versions also the client id and client secret. The
 * oldest files hold the token alone, so the server must be given. A client credential file
 * ({@code create_app(..., to_file=...)}: client id, client secret, base URL, app name) holds no token;
 * given with {@code --client-file}, it supplies the registration a user file lacks.
 * Once the token is in the keychain the user file is deleted (nothing in it is needed any more).
 */
final class MastodonPyFile implements PlaintextFile {
    static final String ENTRY = "the access token";

    private final FoundToken token;

    private MastodonPyFile(FoundToken token) {
        this.token = token;
    }

    static MastodonPyFile parse(String text, Optional<URI> server, Optional<String> clientFileText) {
        List<String> lines = text.lines().map(String::strip).toList();
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
            throw new UnreadableSource("is empty: a Mastodon.py credential file starts with the access token");
        }
        Optional<URI> lineTwo = lines.size() > 1 ? PlaintextFile.apiBase(lines.get(1)) : Optional.empty();
        if (lineTwo.isEmpty() && lines.size() > 2 && PlaintextFile.apiBase(lines.get(2)).isPresent()) {
            throw new UnreadableSource("is Mastodon.py's client credential file (client id, secret, server), which holds no"
                    + " token: import the user credential file, and give this one with --client-file");
        }
        if (lines.size() > 1 && !lines.get(1).isEmpty() && lineTwo.isEmpty()) {
            throw new UnreadableSource("is not a Mastodon.py credential file: line 2 is not a server address");
        }
        URI base = lineTwo.or(() -> server).orElseThrow(() -> new UnreadableSource(
                "holds no server address (an older Mastodon.py format): give the server with --server"));
        if (server.isPresent() && !server.get().equals(base)) {
            throw new UnreadableSource("is for " + base + ", not for the server given with --server");
        }
        Optional<FoundToken.ClientCredentials> client = Optional.empty();
        if (lines.size() > 3 && !lines.get(2).isEmpty() && !lines.get(3).isEmpty()) {
            client = Optional.of(new FoundToken.ClientCredentials(lines.get(2), Secret.of(lines.get(3))));
        } else if (clientFileText.isPresent()) {
            client = Optional.of(clientCredentials(clientFileText.get(), base));
        }
        return new MastodonPyFile(new FoundToken(ENTRY, base, Secret.of(lines.get(0)), client, Optional.empty()));
    }

    /** Client id, client secret, then (since 1.x) the base URL, which must be the user file's server. */
    private static FoundToken.ClientCredentials clientCredentials(String text, URI base) {
        List<String> lines = text.lines().map(String::strip).toList();
        if (lines.size() < 2 || lines.get(0).isEmpty() || lines.get(1).isEmpty()) {
            throw new UnreadableSource("--client-file: not a Mastodon.py client credential file (client id, then client secret)");
        }
        if (lines.size() > 2 && !lines.get(2).isEmpty()) {
            Optional<URI> clientBase = PlaintextFile.apiBase(lines.get(2));
            if (clientBase.isEmpty()) {
                throw new UnreadableSource("--client-file: line 3 is not a server address");
            }
            if (!clientBase.get().equals(base)) {
                throw new UnreadableSource("--client-file is for " + clientBase.get() + ", the token for " + base);
            }
        }
        return new FoundToken.ClientCredentials(lines.get(0), Secret.of(lines.get(1)));
    }

    @Override
    public List<FoundToken> tokens() {
        return List.of(token);
    }

    @Override
    public List<Unusable> unusable() {
        return List.of();
    }

    @Override
    public Optional<String> without(Map<String, String> moved) {
        return Optional.empty();
    }
}
