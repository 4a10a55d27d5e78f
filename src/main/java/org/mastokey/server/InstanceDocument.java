package org.mastokey.server;

import org.mastokey.net.ServerText;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Locale;

/** The preview-card fields of {@code /api/v2/instance} or, for older servers, {@code /api/v1/instance}. */
record InstanceDocument(String domain, String title, String description, URI thumbnail, String version) {

    static InstanceDocument read(JsonNode json, String fallbackDomain) {
        boolean v2 = json.has("domain") || json.path("thumbnail").isObject();
        String domain = text(json, v2 ? "domain" : "uri");
        domain = domain == null ? fallbackDomain : domain.replaceFirst("^https?://", "").replaceFirst("/.*$", "").toLowerCase(Locale.ROOT);
        String title = text(json, "title");
        String description = v2 ? text(json, "description") : firstOf(text(json, "short_description"), text(json, "description"));
        JsonNode thumbnailNode = json.path("thumbnail");
        String thumbnail = thumbnailNode.isObject() ? text(thumbnailNode, "url") : text(json, "thumbnail");
        return new InstanceDocument(ServerText.oneLine(domain), ServerText.oneLine(title == null ? domain : title),
                description == null ? "" : ServerText.block(plainText(description)), ServerLinks.webOrNull(thumbnail),
                ServerText.oneLine(firstOf(text(json, "version"), "")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().strip();
    }

    /** v1 descriptions are HTML; the preview card shows text. */
    static String plainText(String html) {
        return html.replaceAll("(?i)<br\\s*/?>|</p>", "\n").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&").strip();
    }

    private static String firstOf(String a, String b) {
        return a != null ? a : b;
    }
}
