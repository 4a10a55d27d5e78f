package org.mastokey.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds {@link AuthorizationRequest}s: a fresh 256-bit state and, when the server has it, S256 PKCE. */
public final class AuthorizationRequests {
    public static final String OOB_REDIRECT = "urn:ietf:wg:oauth:2.0:oob";
    /** 32 bytes = 256 bits, well above the 128 bits at which a guessed state stops being a risk (RFC 6749 §10.10). */
    static final int STATE_BYTES = 32;

    private AuthorizationRequests() {
    }

    public static String newState() {
        return Pkce.randomToken(STATE_BYTES);
    }

    /**
     * @param apiBase     the server's base URI ({@code /oauth/authorize} is appended)
     * @param redirectUri the URI sent, byte-identical to a registered one except for a loopback port
     * @param pkce        null when the server does not support S256
     * @param lang        UI language of the server's page, or null
     */
    public static AuthorizationRequest create(URI apiBase, RegisteredApp app, String redirectUri, Scopes scopes,
                                              String state, Pkce pkce, boolean forceLogin, String lang) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", app.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", scopes.asParameter());
        query.put("state", state);
        if (pkce != null) {
            query.put("code_challenge", pkce.challenge());
            query.put("code_challenge_method", Pkce.METHOD);
        }
        if (forceLogin) {
            query.put("force_login", "true");
        }
        if (lang != null && !lang.isBlank()) {
            query.put("lang", lang);
        }
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
        URI authorize = URI.create(stripTrailingSlash(apiBase.toString()) + "/oauth/authorize?" + encoded);
        return new AuthorizationRequest(authorize, state, pkce == null ? null : pkce.verifier(), redirectUri, app, scopes);
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
