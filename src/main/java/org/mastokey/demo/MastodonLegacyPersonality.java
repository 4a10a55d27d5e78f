package org.mastokey.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Mastodon before 4.3 (4.2): no metadata document, no PKCE, no {@code profile}, string-only redirect_uris. */
final class MastodonLegacyPersonality extends PreMetadataPersonality {

    @Override
    String version() {
        return "4.2.13";
    }

    @Override
    List<String> configuredScopes() {
        return MastodonScopes.legacy();
    }

    @Override
    String unknownScopesMessage() {
        return "Scopes doesn't match configured on the server.";
    }

    /** An array is dropped by strong parameters, leaving the field blank. */
    @Override
    String redirectUrisParam(Params params) {
        return params.isList("redirect_uris") ? "" : super.redirectUrisParam(params);
    }

    /** No PKCE columns: Doorkeeper skips every PKCE check and ignores the parameters. */
    @Override
    boolean supportsPkce() {
        return false;
    }

    /** The password grant was still enabled before 4.4. */
    @Override
    Set<String> grantTypes() {
        return new LinkedHashSet<>(List.of("authorization_code", "password", "client_credentials"));
    }

    @Override
    String[] verifyCredentialsScopes() {
        return new String[] {"read", "read:accounts"};
    }

    @Override
    String[] appVerifyScopes() {
        return new String[] {"read"};
    }
}
