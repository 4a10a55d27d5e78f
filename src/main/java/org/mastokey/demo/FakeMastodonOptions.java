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

    public enum Personality { MASTODON, MASTODON_LEGACY, GOTOSOCIAL, PLEROMA, SNAC, FRIENDICA, MISSKEY }

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
