package org.mastokey.demo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Doorkeeper's redirect-URI rules: validation at registration and matching at authorize/token time. */
final class RedirectUris {
    static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
    static final String OOB_AUTO = "urn:ietf:wg:oauth:2.0:oob:auto";
    private static final Set<String> FORBIDDEN_SCHEMES = Set.of("data", "vbscript", "javascript");

    private RedirectUris() {
    }

    static boolean isOob(String uri) {
        return OOB.equals(uri) || OOB_AUTO.equals(uri);
    }

    /** The "Redirect URI …" message fragments for a stored (whitespace-separated) value; empty when valid. */
    static List<String> problems(String stored) {
        List<String> problems = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            problems.add("can't be blank");
            return problems;
        }
        for (String entry : stored.trim().split("\\s+")) {
            if (isOob(entry)) {
                continue;
            }
            URI uri;
            try {
                uri = new URI(entry);
            } catch (URISyntaxException e) {
                problems.add("must be a valid URI.");
                continue;
            }
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme != null && FORBIDDEN_SCHEMES.contains(scheme)) {
                problems.add("is forbidden by the server.");
            }
            if (uri.getRawFragment() != null) {
                problems.add("cannot contain a fragment.");
            }
            if (uri.isOpaque() || "localhost".equals(scheme)) {
                problems.add("must specify a scheme.");
            }
            if (scheme == null && uri.getHost() == null) {
                problems.add("must be an absolute URI.");
            }
            if (("http".equals(scheme) || "https".equals(scheme)) && (uri.getHost() == null || uri.getHost().isBlank())) {
                problems.add("must be a valid URI.");
            }
        }
        return problems;
    }

    /**
     * Whether {@code requested} matches one registered entry: exactly, or (unless {@code exactOnly}) when both
     * are loopback IP literals that differ only in the port (Doorkeeper's RFC 8252 rule).
     */
    static boolean matchesAny(String requested, List<String> registered, boolean exactOnly) {
        return registered.stream().anyMatch(r -> matches(requested, r, exactOnly));
    }

    static boolean matches(String requested, String registered, boolean exactOnly) {
        if (requested == null || requested.isEmpty()) {
            return false;
        }
        if (requested.equals(registered)) {
            return !hasFragment(requested);
        }
        if (exactOnly || isOob(requested) || isOob(registered)) {
            return false;
        }
        try {
            URI a = new URI(requested);
            URI b = new URI(registered);
            return a.getRawFragment() == null && isLoopbackIp(a) && isLoopbackIp(b)
                    && a.getScheme().equalsIgnoreCase(b.getScheme())
                    && a.getHost().equalsIgnoreCase(b.getHost())
                    && a.getRawPath().equals(b.getRawPath())
                    && Objects.equals(a.getRawQuery(), b.getRawQuery());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean hasFragment(String uri) {
        return uri.contains("#");
    }

    /** 127.0.0.0/8 or [::1] written as an IP literal; "localhost" does not count. */
    static boolean isLoopbackIp(URI uri) {
        String host = uri.getHost();
        if (uri.isOpaque() || host == null || uri.getScheme() == null) {
            return false;
        }
        if (host.startsWith("[")) {
            return host.equals("[::1]") || host.equalsIgnoreCase("[0:0:0:0:0:0:0:1]");
        }
        return host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    /** Appends {@code params} (already encoded {@code k=v} pairs) to a redirect URI, keeping its own query. */
    static String withParams(String redirectUri, String params, boolean inFragment) {
        if (inFragment) {
            return redirectUri + "#" + params;
        }
        return redirectUri + (redirectUri.contains("?") ? "&" : "?") + params;
    }
}
