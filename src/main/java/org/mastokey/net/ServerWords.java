package org.mastokey.net;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a server said in its own words in an error body, made safe to show: control, format and bidi
 * characters removed, whitespace collapsed, length capped. Where the body has no {@code error_description},
 * the messages of a validation report are used ({@code zod_error.issues[].message} from Hollo,
 * a top-level {@code message}).
 */
public final class ServerWords {
    static final int MAX_LENGTH = 300;

    private ServerWords() {
    }

    /** The description a person should read, or null when the body has none. */
    static String describe(JsonNode body) {
        String description = text(body.get("error_description"));
        if (description != null) {
            return description;
        }
        List<String> messages = new ArrayList<>();
        JsonNode report = body.has("zod_error") ? body.get("zod_error") : body;
        for (JsonNode issue : report.path("issues")) {
            String message = text(issue.get("message"));
            if (message != null) {
                messages.add(message);
            }
        }
        if (messages.isEmpty()) {
            return text(body.get("message"));
        }
        return clean(String.join("; ", messages));
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? clean(node.asText()) : null;
    }

    /** Null or blank stays null; anything else loses what a terminal or a label could misread. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean invisible = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED || type == Character.SURROGATE;
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (!invisible) {
                out.appendCodePoint(cp);
            }
        });
        String collapsed = out.toString().replaceAll(" {2,}", " ").strip();
        if (collapsed.isEmpty()) {
            return null;
        }
        return collapsed.length() <= MAX_LENGTH ? collapsed
                : collapsed.substring(0, collapsed.offsetByCodePoints(0, Math.min(MAX_LENGTH, collapsed.codePointCount(0, collapsed.length())))) + "…";
    }
}
