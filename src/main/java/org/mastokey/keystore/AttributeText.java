package org.mastokey.keystore;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Attributes as one line of text ({@code name=value&name=value}, URL-encoded), for keychains that
 * have no free-form attributes: the macOS generic attribute and Windows credential attributes.
 */
public final class AttributeText {
    private AttributeText() {
    }

    public static String encode(Map<String, String> attributes) {
        StringJoiner text = new StringJoiner("&");
        new TreeMap<>(attributes).forEach((name, value) -> text.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return text.toString();
    }

    /** Lenient: pieces without {@code =} are skipped, so a foreign value gives an empty map, not an error. */
    public static Map<String, String> decode(String text) {
        Map<String, String> attributes = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return attributes;
        }
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                try {
                    attributes.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // not ours; skip
                }
            }
        }
        return attributes;
    }
}
