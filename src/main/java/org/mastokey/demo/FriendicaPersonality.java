package org.mastokey.demo;

import java.io.IOException;
import java.util.List;

/**
 * Friendica: one redirect string, query-stripped exact matching, out-of-band decided by the <em>registered</em>
 * value (register the OOB URI alone), coarse scopes that are never enforced, no PKCE, no metadata document.
 */
final class FriendicaPersonality extends PreMetadataPersonality {

    @Override
    String softwareName() {
        return "friendica";
    }

    @Override
    String version() {
        return "2.8.0 (compatible; Friendica 2024.12)";
    }

    @Override
    String nodeInfoVersion() {
        return "2024.12";
    }

    @Override
    String redirectUrisParam(Params params) {
        return params.isList("redirect_uris") ? "" : params.text("redirect_uris").trim();
    }

    @Override
    List<String> registrationErrors(String name, String redirect, List<String> scopes, String website) {
        return name.isEmpty() || redirect.isEmpty() ? List.of("Missing parameters") : List.of();
    }

    @Override
    void sendRegistrationErrors(HttpCall call, List<String> errors) throws IOException {
        call.json(422, HttpCall.obj("error", "Unprocessable Entity", "error_description", errors.get(0)));
    }

    @Override
    String vapidKey() {
        return "";
    }

    @Override
    boolean supportsPkce() {
        return false;
    }

    /** The query of the requested URI is dropped, then it must equal one registered entry. */
    @Override
    boolean redirectMatches(String requested, FakeApp app, boolean exactOption) {
        String stripped = requested.replaceFirst("\\?.*$", "");
        return app.redirectUris().contains(stripped);
    }

    /** A scope mismatch is only logged. */
    @Override
    boolean scopesAllowed(List<String> requested, List<String> appScopes) {
        return true;
    }

    @Override
    List<String> defaultScopes(List<String> appScopes) {
        return appScopes;
    }

    @Override
    boolean isOutOfBand(String requestedRedirect, FakeApp app) {
        return RedirectUris.isOob(app.redirectUri().trim());
    }

    @Override
    void sendOutOfBand(HttpCall call, Pages pages, String code, AuthRequest request) throws IOException {
        call.html(200, pages.outOfBandCode(
                "Please copy the following authentication code into your application and close this window:", code, null));
    }

    @Override
    boolean reusesTokens() {
        return false;
    }

    @Override
    void sendTokenError(HttpCall call, Params params, String error, String description) throws IOException {
        call.json(error.equals("invalid_client") ? 401 : 400, HttpCall.obj("error", error, "error_description", description));
    }
}
