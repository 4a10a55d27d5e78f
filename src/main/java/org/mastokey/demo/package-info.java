/**
 * A fake Mastodon server on loopback, for tests and for {@code --demo}.
 *
 * <h2>Server</h2>
 * <pre>{@code
 * try (FakeMastodon server = FakeMastodon.start(FakeMastodonOptions.defaults())) {
 *     URI base = server.baseUri();          // http://127.0.0.1:PORT  (binds 127.0.0.1 only)
 *     String handle = "alice@" + server.domain();   // WebFinger: acct:alice@127.0.0.1:PORT
 * }
 * }</pre>
 * Users: {@code alice/wonderland} ("Alice Liddell") and {@code bob/builder} ("Bob the Builder"), see
 * {@link org.mastokey.demo.FakeMastodonOptions}. Options: personality (MASTODON = 4.4+ behaviour reporting
 * 4.6.5; MASTODON_LEGACY = 4.2; GOTOSOCIAL, PLEROMA, SNAC, FRIENDICA, MISSKEY, each a
 * {@code *Personality} class), {@code exactRedirect} (no loopback any-port rule), {@code latency} (sleep before every response),
 * {@code port}.
 * <p>
 * Test hooks on {@link org.mastokey.demo.FakeMastodon}: {@code requests()} / {@code requestCount("GET /path")}
 * / {@code resetRequests()} / {@code awaitRequest("POST /oauth/token", timeout)} (a log of "METHOD /path", never
 * a query string), {@code apps()} (name, redirect URIs and scopes each client registered), {@code tokenCount()},
 * {@code appCount()}, {@code revokeAllTokens()}, {@code forgetApps()} (cached credentials then get
 * {@code invalid_client}), {@code signOutEverywhere()}, {@code resetRateLimits()} (app registration allows 5
 * per 10 minutes), {@code advanceClock(Duration)} (code expiry after 600 s, rate-limit window).
 * <p>
 * Pages have stable element ids for WebView scripting: sign-in {@code #username}, {@code #password},
 * {@code #sign-in}, error text {@code #error}; consent {@code #authorize}, {@code #deny}, {@code #app-name},
 * {@code #scopes}, {@code #signed-in-as}, {@code #sign-out}; out-of-band code {@code input#oauth-code.oauth-code}
 * (GoToSocial/Pleroma/Friendica: {@code #oob-code}).
 * <p>
 * The scripted browser that drives these pages over HTTP is test code ({@code src/test}, same package).
 */
package org.mastokey.demo;
