package org.mastokey.demo;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Maps "METHOD /path" to the endpoint classes; unknown paths get Mastodon's 404s. */
final class Router {
    @FunctionalInterface
    interface Handler {
        void handle(HttpCall call) throws IOException;
    }

    private static final String AVATARS = "/system/accounts/avatars/";
    private final Map<String, Handler> routes = new HashMap<>();
    private final FakeState state;
    private final MastodonPersonality personality;
    private final AccountApi accounts;
    private final Images images = new Images();
    private final BrowserSessions sessions;
    private final Pages pages;

    Router(FakeState state, MastodonPersonality personality, boolean exactRedirect) {
        this.state = state;
        this.personality = personality;
        this.pages = new Pages(InstanceApi.TITLE);
        this.sessions = new BrowserSessions(state);
        this.accounts = new AccountApi(state, personality, pages);
        var apps = new AppsApi(state, personality);
        var authorize = new AuthorizeFlow(state, personality, sessions, pages, exactRedirect);
        var signIn = new SignInFlow(state, sessions, pages);
        var tokens = new TokenApi(state, personality, exactRedirect);
        var discovery = new DiscoveryApi(state, personality);
        var instance = new InstanceApi(state, personality);

        add("POST", "/api/v1/apps", apps::register);
        add("GET", "/api/v1/apps/verify_credentials", apps::verifyCredentials);
        add("GET", "/api/v1/accounts/verify_credentials", accounts::verifyCredentials);
        add("GET", "/api/v2/instance", instance::v2);
        add("GET", "/api/v1/instance", instance::v1);
        if (personality.embedsLoginInAuthorize()) {
            var embedded = new EmbeddedLoginFlow(state, personality, pages, authorize, exactRedirect);
            add("GET", "/oauth/authorize", embedded::show);
            add("POST", personality.embeddedLoginAction(), embedded::submit);
        } else {
            add("GET", "/oauth/authorize", authorize::show);
            add("POST", "/oauth/authorize", authorize::submit);
            add("DELETE", "/oauth/authorize", authorize::submit);
        }
        add("GET", "/oauth/authorize/native", authorize::showNativeCode);
        if (personality.hasOutOfBandPage()) {
            add("GET", "/oauth/oob", authorize::showOutOfBandPage);
        }
        add("POST", "/oauth/token", tokens::token);
        add("POST", "/oauth/revoke", tokens::revoke);
        if (personality.hasUserinfo()) {
            add("GET", "/oauth/userinfo", accounts::userinfo);
            add("POST", "/oauth/userinfo", accounts::userinfo);
        }
        add("GET", "/auth/sign_in", signIn::show);
        add("POST", "/auth/sign_in", signIn::submit);
        add("POST", "/auth/sign_out", signIn::signOut);
        add("DELETE", "/auth/sign_out", signIn::signOut);
        add("GET", "/.well-known/oauth-authorization-server", discovery::oauthMetadata);
        add("GET", "/.well-known/nodeinfo", discovery::nodeInfoLinks);
        add("GET", "/nodeinfo/2.0", discovery::nodeInfo);
        add("GET", "/.well-known/webfinger", discovery::webfinger);
        add("GET", "/.well-known/host-meta", discovery::hostMeta);
        add("GET", InstanceApi.THUMBNAIL_PATH, call -> call.send(200, "image/png", images.thumbnail()));
        add("GET", "/favicon.png", call -> call.send(200, "image/png", images.favicon()));
        add("GET", "/", call -> call.html(200, pages.home(
                sessions.signedIn(call).flatMap(s -> state.user(s.username)).orElse(null))));
    }

    private void add(String method, String path, Handler handler) {
        routes.put(method + " " + path, handler);
    }

    void route(HttpCall call) throws IOException {
        String method = call.method().equals("HEAD") ? "GET" : call.method();
        String path = call.path();
        if (!personality.hasMastodonApi() && (path.startsWith("/api/") || path.startsWith("/oauth/"))) {
            notFound(call);
            return;
        }
        Handler handler = routes.get(method + " " + path);
        if (handler != null) {
            handler.handle(call);
        } else if (!method.equals("GET") || !routeUserPath(call, path)) {
            notFound(call);
        }
    }

    /** {@code /@alice}, {@code /users/alice} and the avatar images. */
    private boolean routeUserPath(HttpCall call, String path) throws IOException {
        if (path.startsWith("/@")) {
            return withUser(path.substring(2), user -> accounts.profilePage(call, user));
        }
        if (path.startsWith("/users/")) {
            return withUser(path.substring(7), user -> accounts.actor(call, user));
        }
        if (path.startsWith(AVATARS) && path.endsWith(".png")) {
            return withUser(path.substring(AVATARS.length(), path.length() - 4),
                    user -> call.send(200, "image/png", images.avatar(user)));
        }
        return false;
    }

    private interface UserHandler {
        void handle(FakeUser user) throws IOException;
    }

    private boolean withUser(String username, UserHandler handler) throws IOException {
        Optional<FakeUser> user = state.user(username);
        if (user.isEmpty()) {
            return false;
        }
        handler.handle(user.get());
        return true;
    }

    private static void notFound(HttpCall call) throws IOException {
        if (call.path().startsWith("/api/")) {
            call.json(404, HttpCall.obj("error", "Record not found"));
        } else {
            call.html(404, "<!DOCTYPE html><html><body><h1>The page you are looking for isn't here.</h1></body></html>");
        }
    }
}
