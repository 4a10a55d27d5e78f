package org.mastokey.account;

import java.util.List;
import java.util.function.BiFunction;
import org.mastokey.net.NoAppOnlyTokens;
import org.mastokey.net.OAuthError;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizationRequests;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.ScopeNegotiation;
import org.mastokey.oauth.Scopes;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Capabilities;
import org.mastokey.server.ServerInfo;
import org.mastokey.server.ServerMemory;

/**
 * App-only tokens (the client-credentials grant): offered only where the server has the grant. A
 * server that turns out not to have it (it refuses the grant) is remembered, so it is asked once.
 */
final class AppOnlyGrant {
    /** A dash is not allowed in Mastodon user names, so this never is someone's handle. */
    static final String USER = "app-only";

    private final AppRegistry apps;
    private final TokenClient tokens;
    private final ServerMemory memory;

    AppOnlyGrant(AppRegistry apps, TokenClient tokens, ServerMemory memory) {
        this.apps = apps;
        this.tokens = tokens;
        this.memory = memory;
    }

    /** @throws NoAppOnlyTokens when the server has no client-credentials grant (known, or learned now) */
    Login obtain(ServerInfo server, Scopes scopes, BiFunction<ServerInfo, List<String>, RegisteredApp> usableApp) {
        Capabilities caps = server.capabilities();
        if (!caps.clientCredentials() || memory.knows(server.apiBase(), ServerMemory.Learned.NO_CLIENT_CREDENTIALS)) {
            throw new NoAppOnlyTokens(server.address().displayName(), server.software().name());
        }
        ScopeNegotiation.requireKnown(caps, scopes);
        List<String> registered = caps.multipleRedirects() && caps.loopbackAnyPort()
                ? List.of(LoginFlow.LOOPBACK_ANY_PORT, AuthorizationRequests.OOB_REDIRECT) : List.of(AuthorizationRequests.OOB_REDIRECT);
        RegisteredApp app = usableApp.apply(server, registered);
        AccessToken token;
        try {
            token = grant(server, app, scopes);
        } catch (OAuthError e) {
            if (!"invalid_client".equals(e.error())) {
                throw e;
            }
            app = apps.replace(server, app);
            token = grant(server, app, scopes);
        }
        VerifiedAccount nobody = new VerifiedAccount("", USER + "@" + server.domain(), "App-only token (no user)",
                null, null, server.apiBase(), token.scopes());
        return new Login(server, app, token, nobody);
    }

    private AccessToken grant(ServerInfo server, RegisteredApp app, Scopes scopes) {
        try {
            return tokens.clientCredentials(server, app, scopes);
        } catch (OAuthError e) {
            if ("unsupported_grant_type".equals(e.error())) {
                throw learned(server);
            }
            throw e;
        } catch (UnexpectedResponse e) {
            // snac answers the unknown grant with a 400 web page
            if (e.status() == 400) {
                throw learned(server);
            }
            throw e;
        }
    }

    private NoAppOnlyTokens learned(ServerInfo server) {
        memory.remember(server.apiBase(), ServerMemory.Learned.NO_CLIENT_CREDENTIALS);
        return new NoAppOnlyTokens(server.address().displayName(), server.software().name());
    }
}
