package org.mastokey.demo;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What {@link ScriptedBrowser} reads of a page, parsed with jsoup as a browser would: forms with their
 * action, method and inputs, and single elements by id or tag.
 */
final class HtmlForms {

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
        return parse(html).select("form").stream()
                .map(form -> new Form(form.id(), form.attr("method").isEmpty() ? "GET" : form.attr("method").toUpperCase(Locale.ROOT),
                        form.attr("action"), fields(form)))
                .toList();
    }

    /** All {@code <input>}s (and buttons, text areas) on the page, inside forms or not. */
    static List<Field> inputs(String html) {
        return fields(parse(html));
    }

    /** Text content of the first element with this id, if any. */
    static Optional<String> textById(String html, String id) {
        return Optional.ofNullable(parse(html).getElementById(id)).map(element -> element.text().strip());
    }

    /** Text content of the first element with this tag name, if any. */
    static Optional<String> textOfTag(String html, String tag) {
        return Optional.ofNullable(parse(html).selectFirst(tag)).map(element -> element.text().strip());
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
        } catch (IOException notJson) {
            // fall through to the raw body
        }
        return body.length() > 300 ? body.substring(0, 300) : body;
    }

    static Optional<String> outOfBandCode(String html) {
        Optional<String> input = inputs(html).stream().filter(f -> f.hasClass("oauth-code"))
                .map(f -> f.attr("value")).findFirst();
        return input.isPresent() ? input : textById(html, "oob-code");
    }

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    private static List<Field> fields(Element root) {
        return root.select("input, button, textarea").stream()
                .map(element -> new Field(element.normalName(), attributes(element)))
                .toList();
    }

    private static Map<String, String> attributes(Element element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Attribute attribute : element.attributes()) {
            attributes.putIfAbsent(attribute.getKey().toLowerCase(Locale.ROOT), attribute.getValue());
        }
        return attributes;
    }
}
