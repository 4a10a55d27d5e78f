package org.mastokey.account.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mastokey.net.Secret;

/**
 * toot's {@code config.json}: {@code apps} keyed by instance ({@code base_url}, {@code client_id},
 * {@code client_secret}), {@code users} keyed by {@code user@instance} ({@code instance},
 * {@code username}, {@code access_token}) and {@code active_user}. A moved user keeps its entry without
 * the token and with a {@code mastokey} note saying where it went.
 */
final class TootConfig implements PlaintextFile {
    static final String NOTE_KEY = "mastokey";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root;
    private final List<FoundToken> tokens = new ArrayList<>();
    private final List<Unusable> unusable = new ArrayList<>();

    private TootConfig(ObjectNode root) {
        this.root = root;
        JsonNode apps = root.path("apps");
        for (Iterator<Map.Entry<String, JsonNode>> users = root.path("users").properties().iterator(); users.hasNext(); ) {
            Map.Entry<String, JsonNode> user = users.next();
            String entry = "users[\"" + printable(user.getKey()) + "\"]";
            JsonNode token = user.getValue().path("access_token");
            if (!token.isTextual() || token.asText().isBlank()) {
                if (!user.getValue().has(NOTE_KEY)) {
                    unusable.add(new Unusable(entry, "has no access_token"));
                }
                continue;
            }
            String instance = user.getValue().path("instance").asText("");
            JsonNode app = apps.path(instance);
            Optional<URI> base = PlaintextFile.apiBase(app.path("base_url").asText(null));
            if (base.isEmpty()) {
                unusable.add(new Unusable(entry, "names no app with a base_url under apps (instance \"" + printable(instance) + "\")"));
                continue;
            }
            Optional<FoundToken.ClientCredentials> client = app.path("client_id").isTextual() && app.path("client_secret").isTextual()
                    ? Optional.of(new FoundToken.ClientCredentials(app.path("client_id").asText(), Secret.of(app.path("client_secret").asText())))
                    : Optional.empty();
            tokens.add(new FoundToken(entry, base.get(), Secret.of(token.asText()), client, Optional.of(printable(user.getKey()))));
        }
    }

    static TootConfig parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the text around the error, which may be a token
            throw new UnreadableSource("is not JSON (line " + e.getLocation().getLineNr() + ")");
        }
        if (!(root instanceof ObjectNode object) || !root.path("users").isObject()) {
            throw new UnreadableSource("is not a toot config.json: it has no \"users\" object");
        }
        if (!root.path("apps").isObject()) {
            throw new UnreadableSource("is not a toot config.json: it has no \"apps\" object");
        }
        return new TootConfig(object);
    }

    @Override
    public List<FoundToken> tokens() {
        return List.copyOf(tokens);
    }

    @Override
    public List<Unusable> unusable() {
        return List.copyOf(unusable);
    }

    @Override
    public Optional<String> without(Map<String, String> moved) {
        ObjectNode copy = root.deepCopy();
        ObjectNode users = (ObjectNode) copy.get("users");
        for (Iterator<Map.Entry<String, JsonNode>> it = users.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> user = it.next();
            String acct = moved.get("users[\"" + printable(user.getKey()) + "\"]");
            if (acct != null && user.getValue() instanceof ObjectNode entry) {
                entry.remove("access_token");
                entry.put(NOTE_KEY, "The access token is in the keychain: mastokey://" + acct
                        + " (use it with: mastokey exec " + acct + " -- COMMAND)");
                if (user.getKey().equals(copy.path("active_user").asText(null))) {
                    // toot cannot load a user without a token; with no active user it asks to log in instead
                    copy.putNull("active_user");
                }
            }
        }
        try {
            return Optional.of(JSON.writeValueAsString(copy) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that was read could not be written", e);
        }
    }

    /** A key as text for a terminal: control characters dropped. */
    private static String printable(String key) {
        return key.replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
    }
}
