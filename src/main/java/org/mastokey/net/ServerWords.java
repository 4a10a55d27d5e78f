package org.mastokey.net;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a server said in its own words in an error body, made safe to show by {@link ServerText#oneLine}
 * (escape sequences, control, format and bidi characters removed, length capped). Where the body has no {@code error_description},
 * the messages of a validation report are used ({@code zod_error.issues[].message} from Hollo,
 * a top-level {@code message}).
 */
public final class ServerWords {
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

    /** Null or blank stays null; anything else is made one clean line by {@link ServerText#oneLine}. */
    public static String clean(String text) {
        String line = ServerText.oneLine(text);
        return line == null || line.isBlank() ? null : line;
    }
}
