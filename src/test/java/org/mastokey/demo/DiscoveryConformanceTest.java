package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Discovery: OAuth metadata, instance documents, NodeInfo, WebFinger, host-meta; plus server-level switches. */
class DiscoveryConformanceTest extends FakeServerTest {

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void oauthMetadataIsExactlyMastodons() throws Exception {
        HttpResponse<String> response = http.get("/.well-known/oauth-authorization-server");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode doc = TestHttp.json(response);
        String base = http.base.toString();
        assertThat(doc.get("issuer").asText()).isEqualTo(base + "/");
        assertThat(doc.get("authorization_endpoint").asText()).isEqualTo(base + "/oauth/authorize");
        assertThat(doc.get("token_endpoint").asText()).isEqualTo(base + "/oauth/token");
        assertThat(doc.get("revocation_endpoint").asText()).isEqualTo(base + "/oauth/revoke");
        assertThat(doc.get("userinfo_endpoint").asText()).isEqualTo(base + "/oauth/userinfo");
        assertThat(doc.get("app_registration_endpoint").asText()).isEqualTo(base + "/api/v1/apps");
        assertThat(texts(doc.get("scopes_supported"))).startsWith("read", "profile", "write")
                .contains("write:statuses", "read:accounts", "push", "follow", "admin:read:accounts", "read:collections")
                .doesNotContain("crypto", "read:reports", "admin").doesNotHaveDuplicates();
        assertThat(texts(doc.get("response_types_supported"))).containsExactly("code");
        assertThat(texts(doc.get("response_modes_supported"))).containsExactly("query", "fragment", "form_post");
        assertThat(texts(doc.get("grant_types_supported"))).containsExactly("authorization_code", "client_credentials");
        assertThat(texts(doc.get("token_endpoint_auth_methods_supported")))
                .containsExactly("client_secret_basic", "client_secret_post");
        assertThat(texts(doc.get("code_challenge_methods_supported"))).containsExactly("S256");
        assertThat(doc.get("service_documentation").asText()).isEqualTo("https://docs.joinmastodon.org/");
        assertThat(doc.has("registration_endpoint")).isFalse();
        assertThat(doc.has("jwks_uri")).isFalse();
        assertThat(doc.has("introspection_endpoint")).isFalse();
    }

    @Test
    void instanceV2HasThePreviewCardFields() throws Exception {
        JsonNode instance = TestHttp.json(http.get("/api/v2/instance"));
        assertThat(instance.get("domain").asText()).isEqualTo(server.domain()).isEqualTo("127.0.0.1:" + http.base.getPort());
        assertThat(instance.get("title").asText()).isEqualTo("Mastokey Demo");
        assertThat(instance.get("version").asText()).isEqualTo("4.6.5");
        assertThat(instance.get("description").asText()).isNotBlank();
        assertThat(instance.get("api_versions").get("mastodon").asInt()).isEqualTo(11);
        assertThat(instance.get("configuration").get("vapid").get("public_key").asText()).isNotBlank();
        assertThat(instance.get("registrations").get("enabled").isBoolean()).isTrue();
        assertThat(instance.get("usage").get("users").get("active_month").asInt()).isEqualTo(2);
        String thumbnail = instance.get("thumbnail").get("url").asText();
        assertThat(thumbnail).startsWith(http.base.toString());
        HttpResponse<byte[]> image = http.getBytes(thumbnail);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
        var decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertThat(decoded.getWidth()).isEqualTo(600);
        assertThat(decoded.getHeight()).isEqualTo(314);
    }

    @Test
    void instanceV1IsDeprecatedButPresent() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/instance");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Deprecation")).contains("@1668384000");
        JsonNode instance = TestHttp.json(response);
        assertThat(instance.get("uri").asText()).isEqualTo(server.domain());
        assertThat(instance.get("thumbnail").isTextual()).isTrue();
        assertThat(instance.get("registrations").isBoolean()).isTrue();
        assertThat(instance.get("version").asText()).isEqualTo("4.6.5");
    }

    @Test
    void nodeInfoNamesTheSoftware() throws Exception {
        JsonNode links = TestHttp.json(http.get("/.well-known/nodeinfo"));
        JsonNode link = links.get("links").get(0);
        assertThat(link.get("rel").asText()).isEqualTo("http://nodeinfo.diaspora.software/ns/schema/2.0");
        String href = link.get("href").asText();
        assertThat(href).isEqualTo(http.base + "/nodeinfo/2.0");
        JsonNode doc = TestHttp.json(http.get(href));
        assertThat(doc.get("software").get("name").asText()).isEqualTo("mastodon");
        assertThat(doc.get("software").get("version").asText()).isEqualTo("4.6.5");
        assertThat(doc.get("usage").get("users").get("activeMonth").asInt()).isEqualTo(2);
        assertThat(doc.get("metadata").get("nodeName").asText()).isEqualTo("Mastokey Demo");
        assertThat(doc.get("openRegistrations").isBoolean()).isTrue();
    }

    @Test
    void webfingerResolvesLocalUsersOnly() throws Exception {
        HttpResponse<String> response = http.get("/.well-known/webfinger?resource="
                + TestHttp.enc("acct:alice@" + server.domain()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/jrd+json");
        JsonNode jrd = TestHttp.json(response);
        assertThat(jrd.get("subject").asText()).isEqualTo("acct:alice@" + server.domain());
        JsonNode self = null;
        for (JsonNode l : jrd.get("links")) {
            if (l.get("rel").asText().equals("self")) {
                self = l;
            }
        }
        assertThat(self).isNotNull();
        assertThat(self.get("type").asText()).isEqualTo("application/activity+json");
        assertThat(self.get("href").asText()).isEqualTo(http.base + "/users/alice");
        HttpResponse<String> actor = http.get(self.get("href").asText());
        assertThat(TestHttp.json(actor).get("preferredUsername").asText()).isEqualTo("alice");

        assertThat(http.get("/.well-known/webfinger?resource=" + TestHttp.enc("bob@" + server.domain())).statusCode())
                .isEqualTo(200);
        assertThat(http.get("/.well-known/webfinger?resource=" + TestHttp.enc("acct:carol@" + server.domain()))
                .statusCode()).isEqualTo(404);
        assertThat(http.get("/.well-known/webfinger?resource=" + TestHttp.enc("acct:alice@elsewhere.example"))
                .statusCode()).isEqualTo(404);
        assertThat(http.get("/.well-known/webfinger").statusCode()).isEqualTo(400);
    }

    @Test
    void hostMetaPointsAtWebfinger() throws Exception {
        HttpResponse<String> xml = http.get("/.well-known/host-meta");
        assertThat(xml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xrd+xml");
        assertThat(xml.body()).contains("rel=\"lrdd\"", http.base + "/.well-known/webfinger?resource={uri}");
        JsonNode json = TestHttp.json(http.get("/.well-known/host-meta", "Accept", "application/json"));
        assertThat(json.get("links").get(0).get("template").asText()).endsWith("/.well-known/webfinger?resource={uri}");
    }

    @Test
    void unknownApiPathIsJson404() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/nothing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"Record not found\"}");
    }

    @Test
    void legacyHasNoMetadataAndNoApiVersions() throws Exception {
        try (FakeMastodon legacy = startLegacy()) {
            TestHttp old = new TestHttp(legacy);
            HttpResponse<String> metadata = old.get("/.well-known/oauth-authorization-server");
            assertThat(metadata.statusCode()).isEqualTo(404);
            assertThat(metadata.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            JsonNode instance = TestHttp.json(old.get("/api/v2/instance"));
            assertThat(instance.get("version").asText()).startsWith("4.2.");
            assertThat(instance.has("api_versions")).isFalse();
        }
    }

    @Test
    void requestLogHasMethodAndPathButNoQuery() throws Exception {
        server.resetRequests();
        http.get("/.well-known/webfinger?resource=acct:alice@x");
        http.get("/api/v2/instance");
        assertThat(server.requests()).containsExactly("GET /.well-known/webfinger", "GET /api/v2/instance");
        assertThat(server.requestCount("GET /api/v2/instance")).isEqualTo(1);
    }

    @Test
    void latencyDelaysEveryResponse() throws Exception {
        try (FakeMastodon slow = FakeMastodon.start(FakeMastodonOptions.defaults().withLatency(Duration.ofMillis(300)))) {
            TestHttp slowHttp = new TestHttp(slow);
            long started = System.nanoTime();
            assertThat(slowHttp.get("/api/v2/instance").statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void bindsToLoopbackOnly() throws Exception {
        assertThat(http.base.getHost()).isEqualTo("127.0.0.1");
        assertThat(http.base.getPort()).isPositive();
        String other = InetAddress.getLocalHost().getHostAddress();
        if (!other.startsWith("127.")) {
            try (var socket = new Socket()) {
                Assertions.assertThatThrownBy(() -> socket.connect(
                        new InetSocketAddress(other, http.base.getPort()), 1000))
                        .isInstanceOf(IOException.class);
            }
        }
    }
}
