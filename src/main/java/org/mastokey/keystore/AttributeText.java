package org.mastokey.keystore;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.mastokey.net.FormEncoding;

/**
 * Attributes as one line of text ({@code name=value&name=value}, URL-encoded), for keychains that
 * have no free-form attributes: the macOS generic attribute and Windows credential attributes.
 */
public final class AttributeText {
    /** What {@link #encode} writes: a name, {@code =} and a value, joined by {@code &} (empty for no attributes). */
    private static final Pattern OURS = Pattern.compile("(?:[^&=]+=[^&=]*(?:&[^&=]+=[^&=]*)*)?");

    private AttributeText() {
    }

    public static String encode(Map<String, String> attributes) {
        return FormEncoding.encode(new TreeMap<>(attributes));
    }

    /** A value some other program wrote (not {@code name=value} pieces throughout) gives an empty map, not an error. */
    public static Map<String, String> decode(String text) {
        Map<String, String> attributes = new TreeMap<>();
        if (text == null || !OURS.matcher(text).matches()) {
            return attributes;
        }
        for (FormEncoding.Pair pair : FormEncoding.parse(text)) {
            attributes.put(pair.name(), pair.value());
        }
        return attributes;
    }
}
