package org.mastokey.account.imports;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mastokey.server.ServerOrigin;

/** A plaintext credential file as read: the tokens in it, and how it reads once some of them are moved out. */
sealed interface PlaintextFile permits TootConfig, MastodonPyFile, DotEnvFile {
    /** What the file holds that could not be a token (an entry with no server, say), by entry. */
    record Unusable(String entry, String reason) {
    }

    List<FoundToken> tokens();

    List<Unusable> unusable();

    /**
     * The file's text without the secrets of these entries (entry → the account it is saved as), or empty
     * when the whole file goes.
     */
    Optional<String> without(Map<String, String> moved);

    /** The origin of a base URL as the file writes it; empty for anything that is no http(s) origin. */
    static Optional<URI> apiBase(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        return ServerOrigin.parse(trimmed).map(ServerOrigin::uri);
    }
}
