package org.mastokey.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mastokey.robust.HostileServer.json;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mastokey.net.HttpApi;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerAddress;
import org.mastokey.server.ServerInfo;

/** What a server can do is read from what it answers: the name it gives does not switch PKCE or metadata on or off. */
class CapabilitiesFromAnswersTest {
    private static final String METADATA = "{\"issuer\":\"x\",\"authorization_endpoint\":\"x\",\"token_endpoint\":\"x\","
            + "\"scopes_supported\":[\"read\",\"profile\"],\"code_challenge_methods_supported\":[\"S256\"],"
            + "\"grant_types_supported\":[\"authorization_code\"]}";

    private final HttpApi http = new HttpApi(Duration.ofSeconds(2), Duration.ofSeconds(2), 64 * 1024);

    private ServerInfo discover(String software, String version, boolean metadata) {
        Map<String, HostileServer.Script> routes = new HashMap<>(Map.of(
                "GET /.well-known/nodeinfo", json(200, "{\"links\":[{\"rel\":\"http://nodeinfo.diaspora.software/ns/schema/2.0\","
                        + "\"href\":\"/nodeinfo/2.0\"}]}"),
                "GET /nodeinfo/2.0", json(200, "{\"software\":{\"name\":\"" + software + "\",\"version\":\"" + version + "\"}}"),
                "GET /api/v1/instance", json(200, "{\"uri\":\"127.0.0.1\",\"title\":\"T\",\"version\":\"" + version + "\"}")));
        if (metadata) {
            routes.put("GET /.well-known/oauth-authorization-server", json(200, METADATA));
        }
        try (HostileServer server = HostileServer.http(HostileServer.routes(routes))) {
            return new Discovery(http).discover(ServerAddress.parse(server.baseUri().toString()));
        }
    }

    @Test
    void aMastodonWithoutTheMetadataDocumentGetsNoPkce() {
        ServerInfo info = discover("mastodon", "4.5.0", false);
        assertThat(info.capabilities().metadataDocument()).isFalse();
        assertThat(info.capabilities().pkceS256()).isFalse();
        assertThat(info.capabilities().scopesSupported()).isEmpty();
    }

    @Test
    void anotherSoftwareThatPublishesMetadataWithS256GetsPkce() {
        ServerInfo info = discover("gotosocial", "0.21.0", true);
        assertThat(info.software().name()).isEqualTo("gotosocial");
        assertThat(info.capabilities().metadataDocument()).isTrue();
        assertThat(info.capabilities().pkceS256()).isTrue();
        assertThat(info.capabilities().scopesSupported()).containsExactlyInAnyOrder("read", "profile");
        assertThat(info.capabilities().clientCredentials()).as("grant_types_supported is believed").isFalse();
    }
}
