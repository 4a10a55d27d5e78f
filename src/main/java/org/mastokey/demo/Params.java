package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mastokey.net.FormEncoding;

/**
 * Request parameters the way Rails sees them: query string and body merged (body wins), a value is
 * either a single string or, for {@code name[]=…} pairs and JSON arrays, a list.
 */
final class Params {
    private final Map<String, Object> values = new LinkedHashMap<>();

    static Params empty() {
        return new Params();
    }

    /** Adds the pairs of an {@code application/x-www-form-urlencoded} string (also a query string). */
    Params addUrlEncoded(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return this;
        }
        for (FormEncoding.Pair pair : FormEncoding.parse(encoded)) {
            String name = pair.name();
            String value = pair.value();
            if (name.endsWith("[]")) {
                appendToList(name.substring(0, name.length() - 2), value);
            } else {
                values.put(name, value);
            }
        }
        return this;
    }

    /** Adds the top-level fields of a JSON object; arrays become lists, objects are ignored. */
    Params addJson(JsonNode object) {
        if (object == null || !object.isObject()) {
            return this;
        }
        object.properties().forEach(field -> {
            JsonNode node = field.getValue();
            if (node.isArray()) {
                List<String> list = new ArrayList<>();
                node.forEach(item -> list.add(item.isValueNode() ? item.asText() : item.toString()));
                values.put(field.getKey(), list);
            } else if (node.isNull()) {
                values.remove(field.getKey());
            } else if (node.isValueNode()) {
                values.put(field.getKey(), node.asText());
            }
        });
        return this;
    }

    private void appendToList(String name, String value) {
        Object existing = values.get(name);
        List<String> list;
        if (existing instanceof List<?>) {
            @SuppressWarnings("unchecked")
            List<String> cast = (List<String>) existing;
            list = cast;
        } else {
            list = new ArrayList<>();
            values.put(name, list);
        }
        list.add(value);
    }

    /** The value as a string, or null when absent or when it is a list. */
    String get(String name) {
        return values.get(name) instanceof String s ? s : null;
    }

    /** The string value, or "" when absent, blank or a list. */
    String text(String name) {
        String value = get(name);
        return value == null ? "" : value;
    }

    boolean isList(String name) {
        return values.get(name) instanceof List<?>;
    }

    /** The list value; a single string gives a one-element list; absent gives an empty list. */
    List<String> list(String name) {
        Object value = values.get(name);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of((String) value);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The parameter names, in the order they arrived. */
    Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }
}
