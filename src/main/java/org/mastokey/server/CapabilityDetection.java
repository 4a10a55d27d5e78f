package org.mastokey.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a server supports, read from its OAuth metadata where it has one; the software name only
 * decides what metadata cannot say (redirect matching, several redirect URIs per app, and the
 * {@link Quirk}s). This is the one place that compares software names.
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
                .orElse(mastodon || software.name().equals("gotosocial") || software.name().equals("pleroma")
                        || software.name().equals("akkoma"));
        // Doorkeeper (Mastodon) blanks loopback ports before comparing and keeps a list of redirect URIs;
        // other software compares exactly and some keep only the first URI (seen on GoToSocial and snac).
        return new Capabilities(metadata.isPresent(), pkce, scopes, mastodon, true, clientCredentials, mastodon,
                quirks(software));
    }

    private static Set<Quirk> quirks(Software software) {
        Set<Quirk> quirks = EnumSet.noneOf(Quirk.class);
        switch (software.name()) {
            case "mastodon" -> quirks.add(Quirk.HARMLESS_CLIENT_PROBE);
            case "gotosocial" -> quirks.add(Quirk.CLIENT_CREDENTIALS_NEED_REDIRECT);
            case "snac" -> quirks.addAll(EnumSet.of(Quirk.REGISTRATION_READS_SCOPE, Quirk.FORGOTTEN_TOKEN_IS_EMPTY_422,
                    Quirk.REVOKE_DELETES_APP, Quirk.REVOKE_REFUSES_FORGOTTEN_TOKEN));
            default -> { }
        }
        return quirks;
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
