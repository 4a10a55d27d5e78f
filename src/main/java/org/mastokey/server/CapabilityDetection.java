package org.mastokey.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a server supports, read from its OAuth metadata where it has one; the software name only
 * decides what metadata cannot say (redirect matching, several redirect URIs per app).
 */
final class CapabilityDetection {
    private CapabilityDetection() {
    }

    static Capabilities detect(Software software, Optional<JsonNode> metadata) {
        Set<String> scopes = new HashSet<>();
        metadata.ifPresent(m -> m.path("scopes_supported").forEach(s -> scopes.add(s.asText())));
        boolean pkce = metadata.map(m -> contains(m.path("code_challenge_methods_supported"), "S256")).orElse(false);
        boolean mastodon = software.isMastodon();
        boolean clientCredentials = metadata
                .filter(m -> m.path("grant_types_supported").isArray())
                .map(m -> contains(m.path("grant_types_supported"), "client_credentials"))
                .orElse(mastodon || software.name().equals("gotosocial"));
        // Doorkeeper (Mastodon) blanks loopback ports before comparing and keeps a list of redirect URIs;
        // other software compares exactly and some keep only the first URI (§14 of the protocol brief).
        return new Capabilities(metadata.isPresent(), pkce, scopes, mastodon, true, clientCredentials, mastodon);
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }
}
