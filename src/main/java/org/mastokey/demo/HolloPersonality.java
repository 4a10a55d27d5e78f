package org.mastokey.demo;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Hollo 0.10 (Fedify, single user): OAuth metadata with S256 PKCE, OOB and client credentials, but forms
 * checked by strict schemas: a key the schema does not name is a 422 {@code invalid_request} whose
 * {@code zod_error} says which. Exact redirect matching; Deny redirects without {@code state};
 * authorization-code tokens carry {@code created_at} in milliseconds, app-only tokens in seconds.
 */
final class HolloPersonality extends MastodonPersonality {

    @Override
    String softwareName() {
        return "hollo";
    }

    @Override
    String version() {
        return "4.0.0 (compatible; Hollo 0.10.0)";
    }

    @Override
    String nodeInfoVersion() {
        return "0.10.0";
    }

    @Override
    Integer mastodonApiVersion() {
        return null;
    }

    @Override
    boolean throttlesAppRegistration() {
        return false;
    }

    @Override
    Map<String, Object> oauthMetadata(HttpCall call) {
        Map<String, Object> json = super.oauthMetadata(call);
        json.remove("service_documentation");
        return json;
    }

    @Override
    boolean rejectsUnknownKeys(HttpCall call, Params params, Collection<String> known) throws IOException {
        List<String> unknown = params.names().stream().filter(name -> !known.contains(name)).toList();
        if (unknown.isEmpty()) {
            return false;
        }
        String quoted = unknown.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        String message = (unknown.size() == 1 ? "Unrecognized key: " : "Unrecognized keys: ") + quoted;
        sendZodError(call, HttpCall.obj("code", "unrecognized_keys", "keys", unknown, "path", List.of(), "message", message));
        return true;
    }

    @Override
    void sendRegistrationErrors(HttpCall call, List<String> errors) throws IOException {
        sendZodError(call, HttpCall.obj("code", "custom", "path", List.of(), "message", String.join(", ", errors)));
    }

    private static void sendZodError(HttpCall call, Map<String, Object> issue) throws IOException {
        call.json(422, HttpCall.obj("error", "invalid_request",
                "zod_error", HttpCall.obj("name", "ZodError", "issues", List.of(issue))));
    }

    /** Exact match, port included. */
    @Override
    boolean redirectMatches(String requested, FakeApp app, boolean exactOption) {
        return RedirectUris.matchesAny(requested, app.redirectUris(), true);
    }

    @Override
    boolean denialCarriesState() {
        return false;
    }

    @Override
    boolean reusesTokens() {
        return false;
    }

    @Override
    Map<String, Object> tokenJson(FakeToken token, HttpCall call) {
        Map<String, Object> json = new LinkedHashMap<>(super.tokenJson(token, call));
        if (token.username != null) {
            json.put("created_at", token.createdAt.toEpochMilli());
        }
        return json;
    }

    /** No Doorkeeper headers: a plain JSON body. */
    @Override
    void sendTokenError(HttpCall call, Params params, String error, String description) throws IOException {
        call.json(error.equals("invalid_client") ? 401 : 400, HttpCall.obj("error", error, "error_description", description));
    }
}
