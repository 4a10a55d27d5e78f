package org.mastokey.demo;

import java.time.Duration;

/**
 * Switches of the fake server.
 *
 * @param personality   which server software to emulate (MASTODON = 4.4+; MASTODON_LEGACY = before 4.3:
 *                      no metadata document, no PKCE, string-only redirect_uris)
 * @param exactRedirect compare redirect URIs as exact strings (no loopback any-port rule)
 * @param latency       added before every response (to test progress and FX-thread stalls)
 * @param port          0 for an ephemeral port
 */
public record FakeMastodonOptions(Personality personality, boolean exactRedirect, Duration latency, int port) {

    /** Server software to emulate; each constant says what it does differently from Mastodon. */
    public enum Personality {
        /** Mastodon 4.4+ (reports 4.6.5, api_versions 11): metadata, S256 PKCE, loopback any-port rule. */
        MASTODON,
        /** Mastodon 4.2: no metadata (404), PKCE ignored, no {@code profile}, password grant, string redirect_uris. */
        MASTODON_LEGACY,
        /** GoToSocial 0.20: exact redirect incl. port, hierarchical scopes, {@code /oauth/oob} page, JSON errors. */
        GOTOSOCIAL,
        /** Pleroma: login inside the authorize page, no PKCE, tokens with expires_in/refresh_token. */
        PLEROMA,
        /** snac2: reads {@code scope}, no redirect check, bare-text OOB code, lenient token, revoke deletes the app. */
        SNAC,
        /** Friendica: OOB decided by the registered redirect value, scopes not enforced. */
        FRIENDICA,
        /** Misskey: NodeInfo says misskey, no Mastodon API at all. */
        MISSKEY,
        /** Hollo 0.10: strict form validation (unknown keys → 422), deny without state, millisecond created_at. */
        HOLLO
    }

    /** The test user's credentials on the sign-in page. */
    public static final String USERNAME = "alice";
    public static final String PASSWORD = "wonderland";
    /** A second user, for "another account authorized" tests. */
    public static final String OTHER_USERNAME = "bob";
    public static final String OTHER_PASSWORD = "builder";

    public static FakeMastodonOptions defaults() {
        return new FakeMastodonOptions(Personality.MASTODON, false, Duration.ZERO, 0);
    }

    public FakeMastodonOptions withPersonality(Personality p) {
        return new FakeMastodonOptions(p, exactRedirect, latency, port);
    }

    public FakeMastodonOptions withExactRedirect(boolean exact) {
        return new FakeMastodonOptions(personality, exact, latency, port);
    }

    public FakeMastodonOptions withLatency(Duration d) {
        return new FakeMastodonOptions(personality, exactRedirect, d, port);
    }

    public FakeMastodonOptions withPort(int p) {
        return new FakeMastodonOptions(personality, exactRedirect, latency, p);
    }
}
