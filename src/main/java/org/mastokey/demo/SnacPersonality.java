package org.mastokey.demo;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * snac2: reads {@code scope} (not {@code scopes}), 404 for array redirect URIs, keeps only the first URI, never
 * checks the redirect URI, answers an OOB approval with the bare code, does not verify the code value, deletes
 * the app on revoke; errors come as HTML or empty bodies; only {@code /api/v1/instance}.
 */
final class SnacPersonality extends PreMetadataPersonality {

    @Override
    String softwareName() {
        return "snac";
    }

    @Override
    String version() {
        return "4.0.0 (not true; really snac/2.85)";
    }

    @Override
    String nodeInfoVersion() {
        return "2.85";
    }

    @Override
    boolean hasV2Instance() {
        return false;
    }

    @Override
    boolean rejectsRegistration(HttpCall call, Params params) throws IOException {
        if (params.isList("redirect_uris")) {
            call.empty(404);
            return true;
        }
        return false;
    }

    /** Only the first URI is kept. */
    @Override
    String redirectUrisParam(Params params) {
        String text = params.text("redirect_uris").trim();
        return text.isEmpty() ? "" : text.split("\\s+")[0];
    }

    /** snac reads {@code scope}; an array gives its first element. */
    @Override
    List<String> scopesParam(Params params) {
        List<String> values = params.list("scope");
        return values.isEmpty() ? List.of("read") : splitScopes(values.get(0));
    }

    @Override
    List<String> registrationErrors(String name, String redirect, List<String> scopes, String website) {
        return name.isEmpty() || redirect.isEmpty() ? List.of("missing") : List.of();
    }

    @Override
    void sendRegistrationErrors(HttpCall call, List<String> errors) throws IOException {
        call.empty(400);
    }

    @Override
    String vapidKey() {
        return "";
    }

    @Override
    boolean embedsLoginInAuthorize() {
        return true;
    }

    @Override
    String embeddedLoginAction() {
        return "/oauth/x-snac-login";
    }

    @Override
    boolean supportsPkce() {
        return false;
    }

    @Override
    boolean redirectMatches(String requested, FakeApp app, boolean exactOption) {
        return !requested.isEmpty();
    }

    @Override
    boolean scopesAllowed(List<String> requested, List<String> appScopes) {
        return true;
    }

    @Override
    void sendOutOfBand(HttpCall call, Pages pages, String code, AuthRequest request) throws IOException {
        call.text(200, code);
    }

    @Override
    void sendAuthorizeError(HttpCall call, Pages pages, PreAuthorization.Invalid invalid) throws IOException {
        call.html(invalid.status() == 401 ? 404 : 400, "<html><body><h1>" + invalid.status() + "</h1></body></html>");
    }

    @Override
    Set<String> grantTypes() {
        return new LinkedHashSet<>(List.of("authorization_code"));
    }

    @Override
    boolean verifiesCode() {
        return false;
    }

    @Override
    boolean reusesTokens() {
        return false;
    }

    @Override
    void sendTokenError(HttpCall call, Params params, String error, String description) throws IOException {
        call.empty(400);
    }

    /** snac does not check scopes on its API. */
    @Override
    String[] verifyCredentialsScopes() {
        return new String[0];
    }

    @Override
    boolean revokeDeletesApp() {
        return true;
    }
}
