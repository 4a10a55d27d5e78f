package org.mastokey.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/v2/instance} and the deprecated {@code GET /api/v1/instance}. */
final class InstanceApi {
    static final String TITLE = "Mastokey Demo";
    static final String SHORT_DESCRIPTION = "A fake Mastodon server on your own computer, for trying Mastokey offline.";
    static final String THUMBNAIL_PATH = "/system/site_uploads/files/thumbnail.png";
    static final String BLURHASH = "UeKUpFxuo~R%0nW;WCnhF6RjaJt757oJodS$";

    private final FakeState state;
    private final MastodonPersonality personality;

    InstanceApi(FakeState state, MastodonPersonality personality) {
        this.state = state;
        this.personality = personality;
    }

    void v2(HttpCall call) throws IOException {
        if (!personality.hasV2Instance()) {
            call.json(404, HttpCall.obj("error", "Record not found"));
            return;
        }
        String domain = DiscoveryApi.domain(call);
        String thumbnail = call.url(THUMBNAIL_PATH);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("domain", domain);
        json.put("title", TITLE);
        json.put("version", personality.version());
        json.put("source_url", "https://github.com/mastodon/mastodon");
        json.put("description", SHORT_DESCRIPTION);
        json.put("usage", HttpCall.obj("users", HttpCall.obj("active_month", state.users.size())));
        json.put("thumbnail", HttpCall.obj("url", thumbnail, "blurhash", BLURHASH,
                "versions", HttpCall.obj("@1x", thumbnail, "@2x", thumbnail)));
        json.put("icon", List.of(HttpCall.obj("src", call.url("/favicon.png"), "size", "48x48")));
        json.put("languages", List.of("en"));
        json.put("configuration", configuration(call));
        json.put("registrations", registrations());
        if (personality.mastodonApiVersion() != null) {
            json.put("api_versions", HttpCall.obj("mastodon", personality.mastodonApiVersion()));
        }
        json.put("contact", HttpCall.obj("email", "admin@example.invalid",
                "account", AccountApi.account(call, FakeUser.ALICE)));
        json.put("rules", rules());
        call.json(200, json);
    }

    void v1(HttpCall call) throws IOException {
        String domain = DiscoveryApi.domain(call);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("uri", domain);
        json.put("title", TITLE);
        json.put("short_description", SHORT_DESCRIPTION);
        json.put("description", SHORT_DESCRIPTION);
        json.put("email", "admin@example.invalid");
        json.put("version", personality.version());
        json.put("urls", HttpCall.obj("streaming_api", "ws://" + domain));
        json.put("stats", HttpCall.obj("user_count", state.users.size(), "status_count", 256, "domain_count", 1));
        json.put("thumbnail", call.url(THUMBNAIL_PATH));
        json.put("languages", List.of("en"));
        json.put("registrations", false);
        json.put("approval_required", false);
        json.put("invites_enabled", false);
        json.put("configuration", configuration(call));
        json.put("contact_account", AccountApi.account(call, FakeUser.ALICE));
        json.put("rules", rules());
        call.setHeader("Deprecation", "@1668384000");
        call.json(200, json);
    }

    private Map<String, Object> configuration(HttpCall call) {
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("streaming", "ws://" + DiscoveryApi.domain(call));
        urls.put("status", null);
        urls.put("about", call.url("/about"));
        urls.put("privacy_policy", call.url("/privacy-policy"));
        urls.put("terms_of_service", null);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("urls", urls);
        json.put("vapid", HttpCall.obj("public_key", MastodonPersonality.VAPID_KEY));
        json.put("accounts", HttpCall.obj("max_featured_tags", 10, "max_pinned_statuses", 5));
        json.put("statuses", HttpCall.obj("max_characters", 500, "max_media_attachments", 4,
                "characters_reserved_per_url", 23));
        return json;
    }

    private static Map<String, Object> registrations() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("enabled", false);
        json.put("approval_required", false);
        json.put("reason_required", false);
        json.put("message", null);
        json.put("min_age", null);
        json.put("url", null);
        return json;
    }

    private static List<Map<String, Object>> rules() {
        return List.of(HttpCall.obj("id", "1", "text", "Be kind.", "hint", ""),
                HttpCall.obj("id", "2", "text", "This server is a demo: nothing here is real.", "hint", ""));
    }
}
