package org.mastokey.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code a=1&b=2} (a raw query or form body) into a map; the first value of a repeated name wins. */
public final class QueryParameters {
    private QueryParameters() {
    }

    /** Anything after a {@code #} is a fragment, not a parameter; undecodable text is kept as it is. */
    public static Map<String, String> parse(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        int fragment = query.indexOf('#');
        for (String pair : (fragment >= 0 ? query.substring(0, fragment) : query).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq >= 0 ? pair.substring(0, eq) : pair);
            String value = eq >= 0 ? decode(pair.substring(eq + 1)) : "";
            params.putIfAbsent(key, value);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
