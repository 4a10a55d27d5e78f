package org.mastokey.demo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** {@code POST /api/v1/apps} and {@code GET /api/v1/apps/verify_credentials}. */
final class AppsApi {
    static final int REGISTRATION_LIMIT = 5;
    /** What {@code POST /api/v1/apps} reads on Mastodon. */
    static final Set<String> REGISTRATION_KEYS = Set.of("client_name", "redirect_uris", "scopes", "website");
    static final Duration REGISTRATION_WINDOW = Duration.ofMinutes(10);
    private static final DateTimeFormatter RESET_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final FakeState state;
    private final MastodonPersonality personality;
    private final ApiGuard guard;

    AppsApi(FakeState state, MastodonPersonality personality) {
        this.state = state;
        this.personality = personality;
        this.guard = new ApiGuard(state, personality);
    }

    void register(HttpCall call) throws IOException {
        if (personality.throttlesAppRegistration() && !withinRateLimit(call)) {
            return;
        }
        Params params = call.params();
        if (personality.rejectsUnknownKeys(call, params, REGISTRATION_KEYS) || personality.rejectsRegistration(call, params)) {
            return;
        }
        String name = params.text("client_name").trim();
        String redirect = personality.redirectUrisParam(params);
        List<String> scopes = personality.scopesParam(params);
        String website = params.text("website").trim();

        if (redirect.isBlank() && personality.defaultRedirectUri() != null) {
            redirect = personality.defaultRedirectUri();
        }
        List<String> errors = personality.registrationErrors(name, redirect, scopes, website);
        if (!errors.isEmpty()) {
            personality.sendRegistrationErrors(call, errors);
            return;
        }
        FakeApp app = state.registerApp(name, website.isEmpty() ? null : website, redirect, scopes,
                FakeState.randomToken(), personality.newClientSecret());
        call.json(200, personality.appJson(app, true));
    }

    void verifyCredentials(HttpCall call) throws IOException {
        var token = guard.check(call, false, personality.appVerifyScopes());
        if (token.isPresent()) {
            var app = state.app(token.get().clientId).orElseThrow();
            call.json(200, personality.appJson(app, false));
        }
    }

    /** Counts this registration; answers 429 and returns false past the limit, else sets the headers. */
    private boolean withinRateLimit(HttpCall call) throws IOException {
        int count = state.countRegistration(REGISTRATION_WINDOW);
        Instant reset = state.windowStart(REGISTRATION_WINDOW).plus(REGISTRATION_WINDOW);
        call.setHeader("X-RateLimit-Limit", Integer.toString(REGISTRATION_LIMIT));
        call.setHeader("X-RateLimit-Remaining", Integer.toString(Math.max(0, REGISTRATION_LIMIT - count)));
        call.setHeader("X-RateLimit-Reset", RESET_FORMAT.format(reset));
        if (count > REGISTRATION_LIMIT) {
            call.json(429, HttpCall.obj("error", "Too many requests"), "application/json");
            return false;
        }
        return true;
    }
}
