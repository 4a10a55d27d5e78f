package org.mastokey.oauth;

import org.mastokey.net.FormEncoding;
import org.mastokey.net.Secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PkceAndStateTest {

    @Test
    void s256ChallengeMatchesTheRfc7636TestVector() {
        Pkce pkce = Pkce.fromVerifier(Secret.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));

        assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        assertThat(pkce.toString()).doesNotContain("dBjftJeZ");
    }

    @Test
    void generatedVerifiersAreRfc7636ShapedAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Pkce pkce = Pkce.generate();
            assertThat(pkce.verifier().reveal()).matches("[A-Za-z0-9_-]{43}");
            assertThat(pkce.challenge()).isEqualTo(Pkce.challengeOf(pkce.verifier().reveal()));
            seen.add(pkce.verifier().reveal());
        }
        assertThat(seen).hasSize(50);
    }

    @Test
    void stateHasAtLeast128BitsOfBase64Url() {
        String state = AuthorizationRequests.newState();
        assertThat(state).matches("[A-Za-z0-9_-]+");
        assertThat(state.length() * 6).isGreaterThanOrEqualTo(128);
        assertThat(AuthorizationRequests.newState()).isNotEqualTo(state);
    }

    @Test
    void authorizeUrlCarriesEveryParameterAndTheChallengeMethod() {
        RegisteredApp app = new RegisteredApp(URI.create("https://social.example"), "client-1", Secret.of("s3cret"),
                List.of("http://127.0.0.1/callback"), Scopes.of("profile", "write:statuses"), Instant.EPOCH);
        Pkce pkce = Pkce.generate();

        AuthorizationRequest request = AuthorizationRequests.create(URI.create("https://social.example"), app,
                "http://127.0.0.1:5000/callback", app.scopes(), "st4te", pkce, true, "de");

        Map<String, String> query = FormEncoding.queryParameters(request.authorizeUri().getRawQuery());
        assertThat(request.authorizeUri().getPath()).isEqualTo("/oauth/authorize");
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "client-1")
                .containsEntry("redirect_uri", "http://127.0.0.1:5000/callback")
                .containsEntry("scope", "profile write:statuses").containsEntry("state", "st4te")
                .containsEntry("code_challenge", pkce.challenge()).containsEntry("code_challenge_method", "S256")
                .containsEntry("force_login", "true").containsEntry("lang", "de");
        assertThat(request.authorizeUri().toString()).doesNotContain("s3cret").doesNotContain(pkce.verifier().reveal());
        assertThat(request.codeVerifier()).isEqualTo(pkce.verifier());
    }

    @Test
    void withoutPkceTheUrlHasNoChallengeAndTheRequestNoVerifier() {
        RegisteredApp app = new RegisteredApp(URI.create("https://old.example"), "c", Secret.of("s"),
                List.of(AuthorizationRequests.OOB_REDIRECT), Scopes.of("read"), Instant.EPOCH);

        AuthorizationRequest request = AuthorizationRequests.create(URI.create("https://old.example"), app,
                AuthorizationRequests.OOB_REDIRECT, app.scopes(), "s", null, false, null);

        Map<String, String> query = FormEncoding.queryParameters(request.authorizeUri().getRawQuery());
        assertThat(query).doesNotContainKeys("code_challenge", "code_challenge_method", "force_login", "lang");
        assertThat(request.codeVerifier()).isNull();
    }
}
