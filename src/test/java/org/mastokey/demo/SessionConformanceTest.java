package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Before the consent page: the mechanics around it, sign-in, CSRF, sign-out, response modes. */
class SessionConformanceTest extends FakeServerTest {
    private static final String CALLBACK = "http://127.0.0.1:53123/callback";
    private JsonNode app;

    @BeforeEach
    void registerApp() throws Exception {
        app = http.registerApp("http://127.0.0.1/callback", "read profile");
    }

    @Test
    void withoutSessionEvenABadRequestGoesToSignInFirstAndReturnsAfterwards() throws Exception {
        RawSession fresh = new RawSession(http);
        URI authorize = http.authorizeUri("response_type", "code", "client_id", "unknown", "redirect_uri", CALLBACK);

        HttpResponse<String> first = fresh.get(authorize);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).contains(http.base + "/auth/sign_in");

        HttpResponse<String> page = fresh.get(http.base.resolve("/auth/sign_in"));
        List<HtmlForms.Form> forms = HtmlForms.forms(page.body());
        assertThat(forms).hasSize(1);
        assertThat(forms.get(0).method()).isEqualTo("POST");
        assertThat(forms.get(0).action()).isEqualTo("/auth/sign_in");
        assertThat(forms.get(0).fields()).extracting(HtmlForms.Field::name)
                .contains("authenticity_token", "username", "password");
        assertThat(page.body()).contains("id=\"username\"", "id=\"password\"", "id=\"sign-in\"");

        Map<String, String> form = forms.get(0).submittedValues();
        form.put("username", "alice");
        form.put("password", "wonderland");
        HttpResponse<String> signedIn = fresh.post("/auth/sign_in", form);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).contains(authorize.toString());
        assertThat(fresh.get(authorize).statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordShowsAnErrorAndMissingCsrfIsRejected() throws Exception {
        RawSession fresh = new RawSession(http);
        HttpResponse<String> page = fresh.get(http.base.resolve("/auth/sign_in"));
        HttpResponse<String> wrong = fresh.post("/auth/sign_in", Map.of("authenticity_token",
                RawSession.csrf(page.body()), "username", "alice", "password", "builder"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(HtmlForms.textById(wrong.body(), "error")).contains("Invalid E-mail address or password.");

        HttpResponse<String> noCsrf = fresh.post("/auth/sign_in", Map.of("username", "alice", "password", "wonderland"));
        assertThat(noCsrf.statusCode()).isEqualTo(422);
        assertThat(noCsrf.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void logOutAndContinueLetsAnotherAccountAuthorize() throws Exception {
        RawSession browser = RawSession.signedIn(http, "alice", "wonderland");
        URI authorize = http.authorizeUri(app, CALLBACK, "profile", "s");
        HttpResponse<String> consent = browser.get(authorize);
        assertThat(consent.body()).contains("Alice Liddell");
        HtmlForms.Form signOut = HtmlForms.forms(consent.body()).stream().filter(f -> f.hasElementId("sign-out"))
                .findFirst().orElseThrow();

        HttpResponse<String> out = browser.submit(signOut);
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).contains(http.base + "/auth/sign_in");
        HttpResponse<String> page = browser.get(http.base.resolve("/auth/sign_in"));
        Map<String, String> form = HtmlForms.forms(page.body()).get(0).submittedValues();
        form.put("username", "bob");
        form.put("password", "builder");
        HttpResponse<String> signedIn = browser.post("/auth/sign_in", form);
        assertThat(signedIn.headers().firstValue("Location")).contains(authorize.toString());
        assertThat(browser.get(authorize).body()).contains("Bob the Builder").doesNotContain("Alice Liddell");
    }

    @Test
    void signOutEverywhereSendsTheNextRequestToSignIn() throws Exception {
        RawSession browser = RawSession.signedIn(http, "alice", "wonderland");
        server.signOutEverywhere();
        HttpResponse<String> response = browser.get(http.authorizeUri(app, CALLBACK, "profile", "s"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains(http.base + "/auth/sign_in");
    }

    @Test
    void fragmentAndFormPostResponseModes() throws Exception {
        RawSession browser = RawSession.signedIn(http, "alice", "wonderland");
        URI fragment = URI.create(http.authorizeUri(app, CALLBACK, "read", "f") + "&response_mode=fragment");
        HtmlForms.Form approve = HtmlForms.forms(browser.get(fragment).body()).stream()
                .filter(f -> f.hasElementId("authorize")).findFirst().orElseThrow();
        assertThat(browser.submit(approve).headers().firstValue("Location").orElseThrow())
                .matches("http://127\\.0\\.0\\.1:53123/callback#code=[A-Za-z0-9_-]{43}&state=f");

        URI formPost = URI.create(http.authorizeUri(app, CALLBACK, "profile", "p") + "&response_mode=form_post");
        approve = HtmlForms.forms(browser.get(formPost).body()).stream()
                .filter(f -> f.hasElementId("authorize")).findFirst().orElseThrow();
        HttpResponse<String> page = browser.submit(approve);
        assertThat(page.statusCode()).isEqualTo(200);
        HtmlForms.Form post = HtmlForms.forms(page.body()).get(0);
        assertThat(post.action()).isEqualTo(CALLBACK);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.value("code").orElseThrow()).hasSize(43);
        assertThat(post.value("state")).contains("p");

        URI bad = URI.create(http.authorizeUri(app, CALLBACK, "read", "x") + "&response_mode=nonsense");
        HttpResponse<String> error = browser.get(bad);
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(HtmlForms.textById(error.body(), "error"))
                .contains("The authorization server does not support this response mode.");
    }

    @Test
    void redirectsKeepTheHostTheBrowserUsed() throws Exception {
        URI viaLocalhost = URI.create(http.authorizeUri(app, CALLBACK, "read", "h").toString()
                .replace("127.0.0.1:" + http.base.getPort(), "localhost:" + http.base.getPort()));

        var outcome = ScriptedBrowser.alice().withoutDelivery().open(viaLocalhost);

        assertThat(outcome).isInstanceOf(ScriptedBrowser.Callback.class);
        assertThat(outcome.code()).isPresent();
    }
}
