package org.mastokey.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.FakeMastodonOptions.Personality;
import org.mastokey.net.HttpApi;
import org.mastokey.net.OAuthError;
import org.mastokey.net.ServiceException;
import org.mastokey.server.Capabilities;
import org.mastokey.server.Discovery;
import org.mastokey.server.Quirk;
import org.mastokey.server.ServerAddress;
import org.mastokey.server.ServerInfo;
import org.mastokey.server.ServerMemory;

/** Servers that validate forms strictly (Hollo): send only what they read, and keep their words when they refuse. */
class StrictServerTest {
    private static final List<String> OOB = List.of(AuthorizationRequests.OOB_REDIRECT);
    private final HttpApi http = new HttpApi();
    private FakeMastodon fake;

    private ServerInfo start(Personality personality) {
        fake = FakeMastodon.start(FakeMastodonOptions.defaults().withPersonality(personality));
        return new Discovery(http).discover(ServerAddress.parse(fake.baseUri().toString()));
    }

    @AfterEach
    void stop() {
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void holloGetsOnlyTheParametersItReads() {
        ServerInfo hollo = start(Personality.HOLLO);

        RegisteredApp app = new AppRegistry(http, new InMemoryAppCache()).obtain(hollo, OOB, Scopes.of("read", "write:statuses"));

        assertThat(app.clientId()).isNotBlank();
        assertThat(fake.requestCount("POST /api/v1/apps")).isEqualTo(1);
        assertThat(fake.apps()).singleElement().satisfies(a -> assertThat(a.scopes()).containsExactly("read", "write:statuses"));
    }

    @Test
    void snacStillGetsTheScopeItReads() {
        ServerInfo snac = start(Personality.SNAC);

        new AppRegistry(http, new InMemoryAppCache()).obtain(snac, OOB, Scopes.of("read", "write:statuses"));

        assertThat(fake.apps()).singleElement().satisfies(a -> assertThat(a.scopes()).containsExactly("read", "write:statuses"));
    }

    @Test
    void aRefusalKeepsTheServersOwnWords() {
        start(Personality.HOLLO);

        ServiceException refusal = http.postForm(fake.baseUri().resolve("/api/v1/apps"), HttpApi.form(
                "client_name", "Mastokey", "redirect_uris", AuthorizationRequests.OOB_REDIRECT,
                "scopes", "read", "scope", "read")).failure();

        assertThat(refusal).isInstanceOfSatisfying(OAuthError.class, e -> {
            assertThat(e.status()).isEqualTo(422);
            assertThat(e.description()).isEqualTo("Unrecognized key: \"scope\"");
        });
        assertThat(refusal.getMessage()).contains("Unrecognized key: \"scope\"").doesNotContain("did not accept what Mastokey sent");
    }

    @Test
    void anExtraTheServerRefusesIsLeftOutOnceAndThenForThatServer() {
        ServerInfo hollo = start(Personality.HOLLO);
        Capabilities c = hollo.capabilities();
        // a server mistaken for snac gets "scope" beside "scopes"; Hollo names it in its refusal
        ServerInfo mistaken = new ServerInfo(hollo.address(), hollo.apiBase(), hollo.domain(), hollo.title(), hollo.description(),
                null, hollo.software(), new Capabilities(c.metadataDocument(), c.pkceS256(), c.scopesSupported(), c.loopbackAnyPort(),
                c.oob(), c.clientCredentials(), c.multipleRedirects(), Set.of(Quirk.REGISTRATION_READS_SCOPE)), null);
        ServerMemory memory = new ServerMemory();
        AppRegistry registry = new AppRegistry(http, new InMemoryAppCache(), memory);

        assertThat(registry.obtain(mistaken, OOB, Scopes.of("read")).clientId()).isNotBlank();
        assertThat(fake.requestCount("POST /api/v1/apps")).as("refused once, then without the extras").isEqualTo(2);
        assertThat(memory.knows(hollo.apiBase(), ServerMemory.Learned.STRICT_FORMS)).isTrue();

        registry.obtain(mistaken, OOB, Scopes.of("read", "write:statuses"));
        assertThat(fake.requestCount("POST /api/v1/apps")).as("remembered: no second refusal").isEqualTo(3);
    }
}
