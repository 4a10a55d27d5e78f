package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /oauth/authorize}: the pages — sign-in first, HTML errors, consent forms, approve, deny, OOB, auto-approval. */
class AuthorizeConformanceTest extends FakeServerTest {
    private static final String CALLBACK = "http://127.0.0.1:53123/callback";
    private JsonNode app;
    private RawSession alice;

    @BeforeEach
    void registerAppAndSignIn() throws Exception {
        app = http.registerApp("http://127.0.0.1/callback\nurn:ietf:wg:oauth:2.0:oob", "read profile write:statuses");
        alice = RawSession.signedIn(http, "alice", "wonderland");
    }

    private String clientId() {
        return app.get("client_id").asText();
    }

    private void assertErrorPage(URI authorize, int status, String text) throws Exception {
        HttpResponse<String> response = alice.get(authorize);
        assertThat(response.statusCode()).as(authorize.getRawQuery()).isEqualTo(status);
        assertThat(response.headers().firstValue("Location")).as("errors are never redirected").isEmpty();
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(HtmlForms.textById(response.body(), "error")).contains(text);
        assertThat(response.body()).contains("class=\"form-container\"", "class=\"flash-message\"");
    }

    @Test
    void parameterErrorsAreRenderedAsHtmlWithDoorkeeperTexts() throws Exception {
        assertErrorPage(http.authorizeUri("response_type", "code", "redirect_uri", CALLBACK), 400,
                "Missing required parameter: client_id.");
        assertErrorPage(http.authorizeUri("response_type", "code", "client_id", "nope", "redirect_uri", CALLBACK), 401,
                PreAuthorization.INVALID_CLIENT);
        assertErrorPage(http.authorizeUri("response_type", "code", "client_id", clientId()), 400,
                "The redirect uri included is not valid.");
        assertErrorPage(http.authorizeUri("response_type", "code", "client_id", clientId(),
                "redirect_uri", "http://evil.example/callback"), 400, "The redirect uri included is not valid.");
        assertErrorPage(http.authorizeUri("client_id", clientId(), "redirect_uri", CALLBACK), 400,
                "Missing required parameter: response_type.");
        assertErrorPage(http.authorizeUri("response_type", "token", "client_id", clientId(), "redirect_uri", CALLBACK),
                400, "The authorization server does not support this response type.");
        assertErrorPage(http.authorizeUri("response_type", "code", "client_id", clientId(), "redirect_uri", CALLBACK,
                "scope", "read:accounts"), 400, "The requested scope is invalid, unknown, or malformed.");
        assertErrorPage(http.authorizeUri("response_type", "code", "client_id", clientId(), "redirect_uri", CALLBACK,
                "scope", "read\tprofile"), 400, "The requested scope is invalid, unknown, or malformed.");
        assertErrorPage(http.authorizeUri("response_type", "code", "client_id", clientId(), "redirect_uri", CALLBACK,
                "scope", "read", "code_challenge", TestHttp.CHALLENGE, "code_challenge_method", "plain"), 400,
                "The code_challenge_method must be S256.");
        assertErrorPage(http.authorizeUri("response_type", "code", "client_id", clientId(), "redirect_uri", CALLBACK,
                "scope", "read", "code_challenge", TestHttp.CHALLENGE), 400,
                "Missing required parameter: code_challenge_method.");
    }

    @Test
    void omittedScopeMeansReadAndFailsWhenTheAppHasNoRead() throws Exception {
        HttpResponse<String> consent = alice.get(http.authorizeUri("response_type", "code", "client_id", clientId(),
                "redirect_uri", CALLBACK));
        assertThat(consent.statusCode()).isEqualTo(200);
        assertThat(HtmlForms.forms(consent.body()).get(0).value("scope")).contains("read");

        JsonNode noRead = http.registerApp("http://127.0.0.1/callback", "profile");
        assertErrorPage(http.authorizeUri("response_type", "code", "client_id", noRead.get("client_id").asText(),
                "redirect_uri", CALLBACK), 400, "The requested scope is invalid, unknown, or malformed.");
    }

    @Test
    void consentPageHasTwoFormsWithTheHiddenFields() throws Exception {
        HttpResponse<String> page = alice.get(http.authorizeUri(app, CALLBACK, "profile write:statuses", "s1"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Authorization required", "Test App", "write:statuses", "profile",
                "id=\"authorize\"", "id=\"deny\"");
        List<HtmlForms.Form> forms = HtmlForms.forms(page.body());
        HtmlForms.Form approve = forms.stream().filter(f -> f.hasElementId("authorize")).findFirst().orElseThrow();
        HtmlForms.Form deny = forms.stream().filter(f -> f.hasElementId("deny")).findFirst().orElseThrow();
        for (HtmlForms.Form form : List.of(approve, deny)) {
            assertThat(form.method()).isEqualTo("POST");
            assertThat(form.action()).isEqualTo("/oauth/authorize");
            assertThat(form.value("client_id")).contains(clientId());
            assertThat(form.value("redirect_uri")).contains(CALLBACK);
            assertThat(form.value("state")).contains("s1");
            assertThat(form.value("response_type")).contains("code");
            assertThat(form.value("scope")).contains("profile write:statuses");
            assertThat(form.value("code_challenge")).contains(TestHttp.CHALLENGE);
            assertThat(form.value("code_challenge_method")).contains("S256");
            assertThat(form.value("authenticity_token")).isPresent();
        }
        assertThat(approve.value("_method")).isEmpty();
        assertThat(deny.value("_method")).contains("delete");
    }

    private HtmlForms.Form consentForm(URI authorize, String buttonId) throws Exception {
        HttpResponse<String> page = alice.get(authorize);
        assertThat(page.statusCode()).isEqualTo(200);
        return HtmlForms.forms(page.body()).stream().filter(f -> f.hasElementId(buttonId)).findFirst().orElseThrow();
    }

    @Test
    void approveRedirectsWithCodeAndState() throws Exception {
        HttpResponse<String> response = alice.submit(consentForm(http.authorizeUri(app, CALLBACK, "read", "st"), "authorize"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .matches("http://127\\.0\\.0\\.1:53123/callback\\?code=[A-Za-z0-9_-]{43}&state=st");
    }

    @Test
    void approveKeepsTheRedirectQueryAndOmitsEmptyState() throws Exception {
        JsonNode withQuery = http.registerApp("http://127.0.0.1/cb?x=1", "read");
        HttpResponse<String> response = alice.submit(consentForm(http.authorizeUri("response_type", "code",
                "client_id", withQuery.get("client_id").asText(), "redirect_uri", "http://127.0.0.1:9/cb?x=1"), "authorize"));
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .matches("http://127\\.0\\.0\\.1:9/cb\\?x=1&code=[A-Za-z0-9_-]{43}");
    }

    @Test
    void denyRedirectsWithAccessDenied() throws Exception {
        HttpResponse<String> response = alice.submit(consentForm(http.authorizeUri(app, CALLBACK, "read", "st"), "deny"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).contains(CALLBACK + "?error=access_denied"
                + "&error_description=The+resource+owner+or+authorization+server+denied+the+request.&state=st");
    }

    @Test
    void outOfBandApprovalShowsTheCodeWithoutState() throws Exception {
        HttpResponse<String> response = alice.submit(consentForm(http.authorizeUri(app, TestHttp.OOB, "read", "st"), "authorize"));
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(http.base + "/oauth/authorize/native?code=").doesNotContain("state");
        String code = location.substring(location.indexOf("code=") + 5);

        HttpResponse<String> nativePage = alice.get(URI.create(location));
        assertThat(nativePage.statusCode()).isEqualTo(200);
        HtmlForms.Field input = HtmlForms.inputs(nativePage.body()).stream().filter(f -> f.hasClass("oauth-code"))
                .findFirst().orElseThrow();
        assertThat(input.attr("value")).isEqualTo(code);
        assertThat(input.attr("readonly")).isEqualTo("readonly");
        assertThat(nativePage.body()).contains("id=\"oauth-code\"")
                .contains("Copy this authorization code and paste it to the application.");
        assertThat(HtmlForms.textOfTag(nativePage.body(), "title").orElseThrow()).doesNotContain(code);
    }

    @Test
    void outOfBandDenyIsA400JsonError() throws Exception {
        HttpResponse<String> response = alice.submit(consentForm(http.authorizeUri(app, TestHttp.OOB, "read", "st"), "deny"));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = TestHttp.json(response);
        assertThat(body.get("error").asText()).isEqualTo("access_denied");
        assertThat(body.get("error_description").asText()).isEqualTo(AuthorizeFlow.DENIED);
    }

    @Test
    void postWithoutValidCsrfIsRejected() throws Exception {
        HtmlForms.Form form = consentForm(http.authorizeUri(app, CALLBACK, "read", "st"), "authorize");
        Map<String, String> values = form.submittedValues();
        values.put("authenticity_token", "forged");
        HttpResponse<String> response = alice.post("/oauth/authorize", values);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void liveTokenSkipsConsentUnlessForceLogin() throws Exception {
        HttpResponse<String> approved = alice.submit(consentForm(http.authorizeUri(app, CALLBACK, "read", "a"), "authorize"));
        String code = approved.headers().firstValue("Location").orElseThrow().replaceAll(".*code=([^&]+).*", "$1");
        assertThat(http.exchange(app, code, CALLBACK, TestHttp.VERIFIER).statusCode()).isEqualTo(200);

        HttpResponse<String> again = alice.get(http.authorizeUri(app, CALLBACK, "read", "b"));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElseThrow()).contains("code=").endsWith("&state=b");

        URI forced = URI.create(http.authorizeUri(app, CALLBACK, "read", "c") + "&force_login=true");
        assertThat(alice.get(forced).statusCode()).isEqualTo(200);
        assertThat(alice.get(http.authorizeUri(app, CALLBACK, "read profile", "d")).statusCode())
                .as("another scope set needs consent").isEqualTo(200);
        server.revokeAllTokens();
        assertThat(alice.get(http.authorizeUri(app, CALLBACK, "read", "e")).statusCode()).isEqualTo(200);
    }

    @Test
    void redirectMatchingFollowsTheLoopbackRule() throws Exception {
        JsonNode multi = http.registerApp("http://127.0.0.1/callback http://[::1]/callback http://localhost/callback "
                + "http://localhost:8080/callback https://app.example/cb", "read");
        String id = multi.get("client_id").asText();
        Map<String, Integer> expectations = new LinkedHashMap<>();
        expectations.put("http://127.0.0.1:53123/callback", 200);
        expectations.put("http://127.0.0.1/callback", 200);
        expectations.put("http://[::1]:53123/callback", 200);
        expectations.put("http://127.0.0.2:53123/callback", 400);
        expectations.put("http://127.0.0.1:53123/callback/", 400);
        expectations.put("http://localhost:53123/callback", 400);
        expectations.put("http://localhost:8080/callback", 200);
        expectations.put("https://app.example/cb", 200);
        expectations.put("https://app.example:8443/cb", 400);
        expectations.put("http://127.0.0.1:53123/callback#frag", 400);
        for (var e : expectations.entrySet()) {
            HttpResponse<String> response = alice.get(http.authorizeUri("response_type", "code", "client_id", id,
                    "redirect_uri", e.getKey(), "scope", "read"));
            assertThat(response.statusCode()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void exactRedirectOptionRejectsAnotherLoopbackPort() throws Exception {
        try (FakeMastodon exact = FakeMastodon.start(FakeMastodonOptions.defaults().withExactRedirect(true))) {
            TestHttp exactHttp = new TestHttp(exact);
            JsonNode fixed = exactHttp.registerApp("http://127.0.0.1:4000/callback", "read");
            RawSession session = RawSession.signedIn(exactHttp, "bob", "builder");
            String id = fixed.get("client_id").asText();
            assertThat(session.get(exactHttp.authorizeUri("response_type", "code", "client_id", id,
                    "redirect_uri", "http://127.0.0.1:4001/callback")).statusCode()).isEqualTo(400);
            assertThat(session.get(exactHttp.authorizeUri("response_type", "code", "client_id", id,
                    "redirect_uri", "http://127.0.0.1:4000/callback")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void legacyIgnoresPkceParameters() throws Exception {
        try (FakeMastodon legacy = startLegacy()) {
            TestHttp old = new TestHttp(legacy);
            JsonNode oldApp = old.registerApp("http://127.0.0.1/callback", "read");
            RawSession session = RawSession.signedIn(old, "alice", "wonderland");
            HttpResponse<String> page = session.get(old.authorizeUri("response_type", "code",
                    "client_id", oldApp.get("client_id").asText(), "redirect_uri", CALLBACK, "scope", "read",
                    "code_challenge", "x", "code_challenge_method", "plain"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(HtmlForms.forms(page.body()).get(0).value("code_challenge")).isEmpty();
        }
    }
}
