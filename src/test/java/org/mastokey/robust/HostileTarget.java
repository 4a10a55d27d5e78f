package org.mastokey.robust;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.mastokey.account.AccountVerifier;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.PendingLogin;
import org.mastokey.net.HttpApi;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizationRequest;
import org.mastokey.oauth.AuthorizationRequests;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.InMemoryAppCache;
import org.mastokey.oauth.LoopbackReceiver;
import org.mastokey.oauth.Pkce;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Scopes;
import org.mastokey.net.Secret;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Capabilities;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerAddress;
import org.mastokey.server.ServerInfo;
import org.mastokey.server.Software;

/**
 * The service layer pointed at one hostile server, with short timeouts, and the secrets it holds
 * (so that a test can check that none of them shows up in an error).
 */
final class HostileTarget {
    /** Short, so that the cases that wait for a timeout end fast. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final int MAX_BODY = 1024 * 1024;

    final URI base;
    final HttpApi http;
    final Secret clientSecret = Secret.of("hostile-client-secret-" + Pkce.randomToken(12));
    final Secret token = Secret.of("hostile-access-token-" + Pkce.randomToken(12));
    final Secret code = Secret.of("hostile-auth-code-" + Pkce.randomToken(12));
    final String state = AuthorizationRequests.newState();
    final Pkce pkce = Pkce.generate();
    final RegisteredApp app;
    final ServerInfo server;
    final AuthorizationRequest request;

    HostileTarget(URI base) {
        this(base, TIMEOUT);
    }

    HostileTarget(URI base, Duration timeout) {
        this.base = base;
        this.http = new HttpApi(timeout, timeout, MAX_BODY);
        this.app = new RegisteredApp(base, "hostile-client-id", clientSecret, List.of(AuthorizationRequests.OOB_REDIRECT),
                Scopes.of("profile", "read"), Instant.now());
        this.server = new ServerInfo(ServerAddress.parse(base.toString()), base, base.getHost(), "Hostile", "", null,
                new Software("mastodon", "4.5.0"), new Capabilities(true, true, Set.of("profile", "read"), true, true, true, true),
                "alice@" + base.getHost());
        this.request = AuthorizationRequests.create(base, app, AuthorizationRequests.OOB_REDIRECT, app.scopes(), state, pkce,
                false, null);
    }

    /** Every secret value this target holds or sends. */
    List<String> secrets() {
        return List.of(clientSecret.reveal(), token.reveal(), code.reveal(), pkce.verifier().reveal(), state);
    }

    Discovery discovery() {
        return new Discovery(http);
    }

    AppRegistry registry() {
        return new AppRegistry(http, new InMemoryAppCache());
    }

    TokenClient tokens() {
        return new TokenClient(http);
    }

    AccountVerifier verifier() {
        return new AccountVerifier(http);
    }

    LoginFlow flow() {
        return new LoginFlow(discovery(), registry(), tokens(), verifier());
    }

    AccessToken accessToken() {
        return new AccessToken(token, "Bearer", app.scopes(), Instant.now());
    }

    /** An out-of-band attempt at this server (OOB codes carry no state). */
    PendingLogin pendingOob() {
        return new PendingLogin(server, AuthorizeMode.OOB, request, null);
    }

    /** A loopback attempt whose receiver waits for this target's state. */
    PendingLogin pendingLoopback() {
        LoopbackReceiver receiver = LoopbackReceiver.start(0, state);
        AuthorizationRequest loopbackRequest = AuthorizationRequests.create(base, app, receiver.redirectUri(), app.scopes(),
                state, pkce, false, null);
        return new PendingLogin(server, AuthorizeMode.LOOPBACK, loopbackRequest, receiver);
    }
}
