package org.mastokey.net;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code a=1&b=2}: the {@code application/x-www-form-urlencoded} text of form bodies and query strings
 * (also the keychain attributes of the backends that store one line of text).
 */
public final class FormEncoding {
    /** One decoded {@code name=value} piece. */
    public record Pair(String name, String value) {
    }

    private FormEncoding() {
    }

    /**
     * The pieces between {@code &}s, in order, repeated names kept: empty pieces are skipped, the first
     * {@code =} ends the name (a piece without one is a name with the value ""), {@code +} and
     * {@code %XX} decode as UTF-8, and text that does not decode is kept as it is.
     */
    public static List<Pair> parse(String text) {
        List<Pair> pairs = new ArrayList<>();
        if (text == null) {
            return pairs;
        }
        for (String piece : text.split("&")) {
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            pairs.add(new Pair(decode(eq < 0 ? piece : piece.substring(0, eq)), eq < 0 ? "" : decode(piece.substring(eq + 1))));
        }
        return pairs;
    }

    /**
     * The parameters of a query string (or a redirect's whole query part), each name with its first value:
     * a second {@code state} or {@code code} cannot replace the first. Anything after a {@code #} is a
     * fragment, not a parameter.
     */
    public static Map<String, String> queryParameters(String query) {
        int fragment = query.indexOf('#');
        Map<String, String> params = new LinkedHashMap<>();
        for (Pair pair : parse(fragment >= 0 ? query.substring(0, fragment) : query)) {
            params.putIfAbsent(pair.name(), pair.value());
        }
        return params;
    }

    /** Names and values encoded, in the map's order. */
    public static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
