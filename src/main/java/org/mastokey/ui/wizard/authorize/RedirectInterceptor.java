package org.mastokey.ui.wizard.authorize;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mastokey.net.FormEncoding;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.net.Secret;

/**
 * Recognises the navigation that ends an authorization in the embedded sign-in window: the redirect
 * to our loopback URI, or (OOB) the server's page that shows the code. No JavaFX here.
 */
final class RedirectInterceptor {
    /** Where Mastodon (Doorkeeper) and GoToSocial show an out-of-band code. */
    private static final Set<String> OOB_CODE_PAGES = Set.of("/oauth/authorize/native", "/oauth/oob");

    private final String redirectUri;
    private final AuthorizeMode mode;
    private final String serverHost;

    RedirectInterceptor(String redirectUri, AuthorizeMode mode, String serverHost) {
        this.redirectUri = redirectUri;
        this.mode = mode;
        this.serverHost = serverHost;
    }

    /** The result carried by {@code location}, or empty when it is an ordinary page of the sign-in. */
    Optional<CallbackResult> check(String location) {
        if (location == null || location.isEmpty()) {
            return Optional.empty();
        }
        if (mode == AuthorizeMode.LOOPBACK && isRedirect(location)) {
            return Optional.of(resultOf(query(location)));
        }
        if (mode == AuthorizeMode.OOB) {
            URI uri = URI.create(location);
            Map<String, String> query = query(location);
            boolean codePage = OOB_CODE_PAGES.contains(uri.getPath()) && serverHost.equalsIgnoreCase(uri.getHost());
            if (codePage && query.containsKey("code")) {
                return Optional.of(resultOf(query));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the sign-in window may go to {@code location}: web pages only. {@code javascript:},
     * {@code file:}, {@code data:}, {@code jar:} and custom schemes are refused; the redirect is
     * handled by {@link #check} before this is asked.
     */
    static boolean isWebPage(String location) {
        if (location == null || location.isEmpty() || location.equals("about:blank")) {
            return true;
        }
        int colon = location.indexOf(':');
        String scheme = colon < 0 ? "" : location.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    private boolean isRedirect(String location) {
        return location.equals(redirectUri) || location.startsWith(redirectUri + "?") || location.startsWith(redirectUri + "#");
    }

    private static CallbackResult resultOf(Map<String, String> query) {
        if (query.containsKey("code")) {
            return new CallbackResult.Code(Secret.of(query.get("code")), query.get("state"));
        }
        return new CallbackResult.Denied(query.getOrDefault("error", "access_denied"), query.get("error_description"));
    }

    private static Map<String, String> query(String location) {
        int q = location.indexOf('?');
        return q < 0 ? Map.of() : FormEncoding.queryParameters(location.substring(q + 1));
    }
}
