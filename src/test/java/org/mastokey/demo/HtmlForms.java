package org.mastokey.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML reading for {@link ScriptedBrowser}: forms with their action, method and inputs, and
 * single elements by id or class. Tolerant of attribute order and quoting; not a general HTML parser.
 */
final class HtmlForms {
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<(input|button|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

    /** One {@code <input>} (or {@code <button>}) with its attributes. */
    record Field(String tag, Map<String, String> attributes) {
        String attr(String name) {
            return attributes.getOrDefault(name, "");
        }

        String name() {
            return attr("name");
        }

        String type() {
            return attr("type").isEmpty() ? (tag.equals("button") ? "submit" : "text") : attr("type").toLowerCase(Locale.ROOT);
        }

        boolean hasClass(String cls) {
            return List.of(attr("class").split("\\s+")).contains(cls);
        }
    }

    /** A form: {@code action} as written (may be relative), upper-case method, its fields. */
    record Form(String id, String method, String action, List<Field> fields) {
        boolean hasField(String type) {
            return fields.stream().anyMatch(f -> f.type().equals(type));
        }

        boolean hasElementId(String elementId) {
            return id.equals(elementId) || fields.stream().anyMatch(f -> f.attr("id").equals(elementId));
        }

        Optional<String> value(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).map(f -> f.attr("value")).findFirst();
        }

        /** The values a browser submits: hidden and text inputs (not buttons without a name). */
        Map<String, String> submittedValues() {
            Map<String, String> values = new LinkedHashMap<>();
            for (Field f : fields) {
                if (!f.name().isEmpty() && !f.tag().equals("button") && !f.type().equals("submit")) {
                    values.put(f.name(), f.attr("value"));
                }
            }
            return values;
        }
    }

    private HtmlForms() {
    }

    static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group(1));
            List<Field> fields = new ArrayList<>();
            Matcher im = INPUT.matcher(m.group(2));
            while (im.find()) {
                fields.add(new Field(im.group(1).toLowerCase(Locale.ROOT), attributes(im.group(2))));
            }
            forms.add(new Form(attrs.getOrDefault("id", ""),
                    attrs.getOrDefault("method", "get").toUpperCase(Locale.ROOT),
                    attrs.getOrDefault("action", ""), fields));
        }
        return forms;
    }

    /** All {@code <input>}s on the page, inside forms or not. */
    static List<Field> inputs(String html) {
        List<Field> fields = new ArrayList<>();
        Matcher im = INPUT.matcher(html);
        while (im.find()) {
            fields.add(new Field(im.group(1).toLowerCase(Locale.ROOT), attributes(im.group(2))));
        }
        return fields;
    }

    /** Text content of the first element with this id (tags stripped), if any. */
    static Optional<String> textById(String html, String id) {
        Matcher m = Pattern.compile("<(\\w+)[^>]*\\bid=[\"']" + Pattern.quote(id) + "[\"'][^>]*>(.*?)</\\1>",
                Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(html);
        return m.find() ? Optional.of(unescape(m.group(2).replaceAll("<[^>]*>", "").trim())) : Optional.empty();
    }

    /** Text content of the first element with this tag name, if any. */
    static Optional<String> textOfTag(String html, String tag) {
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*>(.*?)</" + tag + ">", Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(html);
        return m.find() ? Optional.of(unescape(m.group(1).replaceAll("<[^>]*>", "").trim())) : Optional.empty();
    }

    /** The error text of an HTML error page or of a JSON error body. */
    static String errorMessage(String body) {
        Optional<String> html = textById(body, "error");
        if (html.isPresent()) {
            return html.get();
        }
        try {
            var json = HttpCall.JSON.readTree(body);
            if (json != null && json.has("error")) {
                return json.has("error_description") ? json.get("error_description").asText() : json.get("error").asText();
            }
        } catch (java.io.IOException notJson) {
            // fall through to the raw body
        }
        return body.length() > 300 ? body.substring(0, 300) : body;
    }

    static Optional<String> outOfBandCode(String html) {
        Optional<String> input = inputs(html).stream().filter(f -> f.hasClass("oauth-code"))
                .map(f -> f.attr("value")).findFirst();
        return input.isPresent() ? input : textById(html, "oob-code");
    }

    static Map<String, String> attributes(String text) {
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                    : m.group(4) != null ? m.group(4) : "";
            attrs.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), unescape(value));
        }
        return attrs;
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
    }
}
