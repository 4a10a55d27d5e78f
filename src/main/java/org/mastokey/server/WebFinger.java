package org.mastokey.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mastokey.net.ApiResponse;
import org.mastokey.net.HttpApi;
import org.mastokey.net.NotMastodonCompatible;
import org.mastokey.net.ServiceException;
import org.mastokey.net.UnknownAccount;

/**
 * Resolves a handle to the server that hosts its API. The handle's domain (LOCAL_DOMAIN) may hand
 * over to another web domain, so WebFinger is the one lookup that follows redirects to other hosts.
 */
final class WebFinger {
    static final String ACCEPT = "application/jrd+json, application/json";
    private static final Pattern LRDD_XML = Pattern.compile("<Link[^>]*rel=[\"']lrdd[\"'][^>]*template=[\"']([^\"']+)[\"']");

    /**
     * @param subject {@code user@domain} as the server spells it (LOCAL_DOMAIN), or null; the server's
     *                word, so never an identity (see {@link Discovery})
     */
    record Account(String typed, String subject, URI apiBase) {
    }

    private final HttpApi http;

    WebFinger(HttpApi http) {
        this.http = http;
    }

    Account lookUp(ServerAddress address) {
        String handle = address.handle().orElseThrow();
        String domain = address.baseUri().getRawAuthority();
        String resource = "acct:" + address.user() + "@" + domain;
        URI uri = address.baseUri().resolve("/.well-known/webfinger?resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8));
        ApiResponse response = http.get(uri, ACCEPT, null, HttpApi.Redirects.ANY_HOST);
        if (response.status() == 404) {
            // Like Mastodon itself: a domain may point elsewhere through host-meta's lrdd template.
            Optional<URI> viaHostMeta = lrddTemplate(address).map(t -> URI.create(t.replace("{uri}",
                    URLEncoder.encode(resource, StandardCharsets.UTF_8)))).filter(u -> !u.equals(uri));
            if (viaHostMeta.isPresent()) {
                response = http.get(viaHostMeta.get(), ACCEPT, null, HttpApi.Redirects.ANY_HOST);
            }
        }
        if (response.status() == 404 || response.status() == 410) {
            throw new UnknownAccount(address.user() + "@" + address.displayHost() + portSuffix(address), response.status() == 410);
        }
        if (!response.isSuccess() || !response.looksLikeJson()) {
            throw new NotMastodonCompatible(address.displayName(), "it does not answer WebFinger lookups for @" + handle);
        }
        JsonNode json = response.json();
        String subject = subject(json.path("subject").asText(""));
        URI self = selfLink(json);
        URI apiBase = self == null ? address.baseUri() : baseOf(self, address);
        return new Account(address.user() + "@" + domain, subject, apiBase);
    }

    /** {@code /.well-known/host-meta} (JSON or XRD) → the lrdd template, if it is a usable http(s) URL. */
    private Optional<String> lrddTemplate(ServerAddress address) {
        try {
            ApiResponse hostMeta = http.get(address.baseUri().resolve("/.well-known/host-meta"),
                    "application/json, application/xrd+xml", null, HttpApi.Redirects.ANY_HOST);
            if (!hostMeta.isSuccess()) {
                return Optional.empty();
            }
            String template = null;
            if (hostMeta.looksLikeJson()) {
                for (JsonNode link : hostMeta.json().path("links")) {
                    if ("lrdd".equals(link.path("rel").asText())) {
                        template = link.path("template").asText(null);
                    }
                }
            } else {
                Matcher xrd = LRDD_XML.matcher(hostMeta.text());
                template = xrd.find() ? xrd.group(1).replace("&amp;", "&") : null;
            }
            boolean usable = template != null && template.contains("{uri}")
                    && (template.startsWith("https://") || template.startsWith("http://") && "http".equals(address.scheme()));
            return usable ? Optional.of(template) : Optional.empty();
        } catch (ServiceException | IllegalArgumentException noHostMeta) {
            return Optional.empty();
        }
    }

    private static String portSuffix(ServerAddress address) {
        return address.port() > 0 ? ":" + address.port() : "";
    }

    private static String subject(String subject) {
        String s = subject.startsWith("acct:") ? subject.substring(5) : "";
        return s.matches("[^@/\\s]+@[^@/\\s]+") ? s : null;
    }

    private static URI selfLink(JsonNode json) {
        for (JsonNode link : json.path("links")) {
            String type = link.path("type").asText("");
            if ("self".equals(link.path("rel").asText()) && (type.contains("activity+json") || type.contains("ld+json"))) {
                try {
                    URI href = URI.create(link.path("href").asText(""));
                    if (href.getHost() != null) {
                        return href;
                    }
                } catch (IllegalArgumentException ignored) {
                    // a broken link is no link
                }
            }
        }
        return null;
    }

    /** Only the scheme, host and port of the actor URI; https unless it is a loopback test server. */
    private static URI baseOf(URI self, ServerAddress typed) {
        String host = self.getHost().toLowerCase(Locale.ROOT);
        boolean loopback = ServerAddressParser.isLoopback(host.replace("[", "").replace("]", ""));
        String scheme = loopback && "http".equals(self.getScheme()) ? "http" : "https";
        int port = self.getPort();
        if (port == ("https".equals(scheme) ? 443 : 80)) {
            port = -1;
        }
        return URI.create(scheme + "://" + self.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d+$", "")
                .toLowerCase(Locale.ROOT) + (port > 0 ? ":" + port : ""));
    }
}
