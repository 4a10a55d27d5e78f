package org.mastokey.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v1/accounts/verify_credentials}, {@code /oauth/userinfo}, profile pages and actors. */
final class AccountApi {
    private final FakeState state;
    private final MastodonPersonality personality;
    private final ApiGuard guard;
    private final Pages pages;

    AccountApi(FakeState state, MastodonPersonality personality, Pages pages) {
        this.state = state;
        this.personality = personality;
        this.pages = pages;
        this.guard = new ApiGuard(state);
    }

    void verifyCredentials(HttpCall call) throws IOException {
        var token = guard.check(call, true, personality.verifyCredentialsScopes());
        if (token.isPresent()) {
            call.json(200, credentialAccount(call, state.user(token.get().username).orElseThrow()));
        }
    }

    void userinfo(HttpCall call) throws IOException {
        var token = guard.check(call, true, "profile");
        if (token.isPresent()) {
            FakeUser user = state.user(token.get().username).orElseThrow();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("iss", call.url("/"));
            json.put("sub", call.url("/users/" + user.username()));
            json.put("name", user.displayName());
            json.put("preferred_username", user.username());
            json.put("profile", call.url("/@" + user.username()));
            json.put("picture", call.url(user.avatarPath()));
            call.json(200, json);
        }
    }

    /** {@code /@alice}: the HTML profile page. */
    void profilePage(HttpCall call, FakeUser user) throws IOException {
        call.html(200, pages.profile(user, call.url(user.avatarPath())));
    }

    /** {@code /users/alice}: a minimal ActivityPub actor (the WebFinger {@code self} link). */
    void actor(HttpCall call, FakeUser user) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", List.of("https://www.w3.org/ns/activitystreams"));
        json.put("id", call.url("/users/" + user.username()));
        json.put("type", "Person");
        json.put("preferredUsername", user.username());
        json.put("name", user.displayName());
        json.put("summary", "<p>" + Html.escape(user.note()) + "</p>");
        json.put("url", call.url("/@" + user.username()));
        json.put("icon", HttpCall.obj("type", "Image", "mediaType", "image/png", "url", call.url(user.avatarPath())));
        call.json(200, json, "application/activity+json; charset=utf-8");
    }

    Map<String, Object> credentialAccount(HttpCall call, FakeUser user) {
        Map<String, Object> json = account(call, user);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("privacy", "public");
        source.put("sensitive", false);
        source.put("language", "en");
        source.put("note", user.note());
        source.put("fields", List.of());
        source.put("follow_requests_count", 0);
        source.put("hide_collections", false);
        source.put("discoverable", true);
        source.put("indexable", true);
        source.put("attribution_domains", List.of());
        source.put("quote_policy", "public");
        json.put("source", source);
        json.put("role", HttpCall.obj("id", "-99", "name", "", "permissions", "65536", "color", "", "highlighted", false));
        return json;
    }

    static Map<String, Object> account(HttpCall call, FakeUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        String avatar = call.url(user.avatarPath());
        json.put("id", user.id());
        json.put("username", user.username());
        json.put("acct", user.username());
        json.put("display_name", user.displayName());
        json.put("locked", false);
        json.put("bot", false);
        json.put("discoverable", true);
        json.put("indexable", true);
        json.put("group", false);
        json.put("created_at", "2022-11-14T00:00:00.000Z");
        json.put("note", "<p>" + Html.escape(user.note()) + "</p>");
        json.put("url", call.url("/@" + user.username()));
        json.put("uri", call.url("/users/" + user.username()));
        json.put("avatar", avatar);
        json.put("avatar_static", avatar);
        json.put("header", call.url("/headers/original/missing.png"));
        json.put("header_static", call.url("/headers/original/missing.png"));
        json.put("followers_count", 42);
        json.put("following_count", 7);
        json.put("statuses_count", 128);
        json.put("last_status_at", "2026-11-20");
        json.put("emojis", List.of());
        json.put("fields", List.of());
        json.put("roles", List.of());
        return json;
    }
}
