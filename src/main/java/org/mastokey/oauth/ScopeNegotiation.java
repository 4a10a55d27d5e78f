package org.mastokey.oauth;

import java.util.List;
import java.util.Set;
import org.mastokey.net.OAuthError;
import java.util.TreeSet;
import org.mastokey.server.Capabilities;

/**
 * The scopes a login registers and requests: what the person chose, plus what Mastokey needs to
 * confirm the account ({@code verify_credentials} accepts {@code profile}, {@code read} or
 * {@code read:accounts}). {@code profile} where the server lists it, else {@code read:accounts}.
 */
public final class ScopeNegotiation {
    public static final String PROFILE = "profile";
    public static final String READ_ACCOUNTS = "read:accounts";
    private static final Set<String> IDENTIFYING = Set.of(PROFILE, "read", READ_ACCOUNTS);

    private ScopeNegotiation() {
    }

    /**
     * Refuses, before anything is registered, scopes the server says it does not know (registering
     * them would fail anyway and use up one of the five registrations Mastodon allows per ten minutes).
     * A server that lists no scopes is not second-guessed.
     *
     * @throws OAuthError {@code invalid_scope}, naming the unknown scopes
     */
    public static void requireKnown(Capabilities server, Scopes scopes) {
        if (server.scopesSupported().isEmpty()) {
            return;
        }
        List<String> unknown = scopes.values().stream().filter(s -> !server.scopesSupported().contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw new OAuthError(0, "invalid_scope", "the server does not offer " + String.join(", ", unknown));
        }
    }

    public static Scopes forLogin(Capabilities server, Scopes chosen) {
        boolean profileKnown = server.scopesSupported().contains(PROFILE);
        TreeSet<String> scopes = new TreeSet<>(chosen.values());
        if (!profileKnown && scopes.remove(PROFILE)) {
            scopes.add(READ_ACCOUNTS);   // servers before Mastodon 4.3 reject "profile" outright
        }
        if (scopes.stream().noneMatch(IDENTIFYING::contains)) {
            scopes.add(profileKnown ? PROFILE : READ_ACCOUNTS);
        }
        return Scopes.of(scopes);
    }
}
