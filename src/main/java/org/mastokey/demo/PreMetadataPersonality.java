package org.mastokey.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Software that speaks the Mastodon client API as it was before 4.3 (Mastodon 4.2 itself and the servers that
 * imitate it): no OAuth metadata document, no userinfo endpoint, no {@code api_versions}, no registration
 * throttle, and the older app entity with one {@code redirect_uri} string and no {@code scopes}.
 */
abstract class PreMetadataPersonality extends MastodonPersonality {

    @Override
    Integer mastodonApiVersion() {
        return null;
    }

    @Override
    boolean hasOAuthMetadata() {
        return false;
    }

    @Override
    boolean hasUserinfo() {
        return false;
    }

    @Override
    boolean throttlesAppRegistration() {
        return false;
    }

    /** The pre-4.3 app entity; client_id/secret only in the registration response. */
    @Override
    Map<String, Object> appJson(FakeApp app, boolean withCredentials) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", app.id());
        json.put("name", app.name());
        json.put("website", app.website());
        json.put("redirect_uri", app.redirectUri());
        if (withCredentials) {
            json.put("client_id", app.clientId());
            json.put("client_secret", app.clientSecret());
        }
        json.put("vapid_key", vapidKey());
        return json;
    }

    /** The {@code vapid_key} an app entity carries (Friendica and snac send an empty one). */
    String vapidKey() {
        return VAPID_KEY;
    }
}
