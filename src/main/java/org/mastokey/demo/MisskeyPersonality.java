package org.mastokey.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Misskey: NodeInfo says {@code misskey}; there is no Mastodon client API (every {@code /api/v1}, {@code /api/v2}
 * and {@code /oauth} path is 404 here); its own OAuth metadata document advertises IndieAuth-style OAuth with
 * Misskey permission names, which a Mastodon client must not mistake for Mastodon's.
 */
final class MisskeyPersonality extends MastodonPersonality {

    @Override
    String softwareName() {
        return "misskey";
    }

    @Override
    String version() {
        return "2025.10.0";
    }

    @Override
    Integer mastodonApiVersion() {
        return null;
    }

    @Override
    boolean hasMastodonApi() {
        return false;
    }

    @Override
    boolean hasUserinfo() {
        return false;
    }

    @Override
    Map<String, Object> oauthMetadata(HttpCall call) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", call.url(""));
        json.put("authorization_endpoint", call.url("/oauth/authorize"));
        json.put("token_endpoint", call.url("/oauth/token"));
        json.put("scopes_supported", List.of("read:account", "write:account", "read:notes", "write:notes",
                "read:notifications", "write:notifications"));
        json.put("response_types_supported", List.of("code"));
        json.put("grant_types_supported", List.of("authorization_code"));
        json.put("service_documentation", "https://misskey-hub.net");
        json.put("code_challenge_methods_supported", List.of("S256"));
        json.put("authorization_response_iss_parameter_supported", true);
        return json;
    }
}
