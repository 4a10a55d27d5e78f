package org.mastokey.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Optional;
import org.mastokey.net.ApiResponse;
import org.mastokey.net.HttpApi;

/** {@code /.well-known/nodeinfo} → the newest 2.x document → {@code software.name} and {@code version}. */
final class NodeInfo {
    private static final String SCHEMA_PREFIX = "http://nodeinfo.diaspora.software/ns/schema/2.";

    private final HttpApi http;

    NodeInfo(HttpApi http) {
        this.http = http;
    }

    Optional<Software> software(URI apiBase) {
        ApiResponse index = http.getJson(apiBase.resolve("/.well-known/nodeinfo"));
        if (!index.isSuccess() || !index.looksLikeJson()) {
            return Optional.empty();
        }
        Optional<URI> document = newestDocument(index.json(), apiBase);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        ApiResponse response = http.getJson(document.get());
        if (!response.isSuccess() || !response.looksLikeJson()) {
            return Optional.empty();
        }
        JsonNode software = response.json().path("software");
        String name = software.path("name").asText("");
        return name.isBlank() ? Optional.empty() : Optional.of(new Software(name, software.path("version").asText("")));
    }

    /** The highest 2.x schema on the same host (a document elsewhere is not followed). */
    private static Optional<URI> newestDocument(JsonNode index, URI apiBase) {
        URI best = null;
        String bestRel = "";
        for (JsonNode link : index.path("links")) {
            String rel = link.path("rel").asText("");
            if (!rel.startsWith(SCHEMA_PREFIX) || rel.compareTo(bestRel) <= 0) {
                continue;
            }
            try {
                URI href = apiBase.resolve(link.path("href").asText(""));
                if (apiBase.getScheme().equals(href.getScheme()) && apiBase.getHost().equalsIgnoreCase(href.getHost())
                        && apiBase.getPort() == href.getPort()) {
                    best = href;
                    bestRel = rel;
                }
            } catch (IllegalArgumentException ignored) {
                // a broken link is no link
            }
        }
        return Optional.ofNullable(best);
    }
}
