package org.mastokey.account;

import org.mastokey.net.HttpApi;
import org.mastokey.net.Secret;
import org.mastokey.server.Software;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mastokey.oauth.AppKey;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Scopes;

/**
 * How accounts and app registrations look in the keychain: labels a person reads in Seahorse /
 * Keychain Access / Credential Manager, and the non-secret attributes. Items made by other tools
 * (e.g. {@code secret-tool} with only service and account) are read leniently.
 */
final class AccountItems {
    static final String SERVER = "server";
    static final String ACCT = "acct";
    static final String ACCOUNT_ID = "account_id";
    static final String SCOPES = "scopes";
    static final String CREATED_AT = "created_at";
    static final String SAVED_AT = "saved_at";
    static final String DISPLAY_NAME = "display_name";
    static final String AVATAR = "avatar";
    static final String NOTE = "note";
    static final String APP_SERVER = "app_server";
    static final String APP_REDIRECT_URIS = "app_redirect_uris";
    static final String APP_SCOPES = "app_scopes";
    /** On a token item: the client id of the registration that issued the token. */
    static final String APP_CLIENT_ID = "app_client_id";
    /** On a registration item: {@link AppKey#id()}, what it is reused for. */
    static final String APP_KEY = "app_key";
    /** On a registration item: "true" on the one registration reused for its key. */
    static final String CURRENT = "current";
    static final String CLIENT_ID = "client_id";
    static final String REDIRECT_URIS = "redirect_uris";
    static final String REGISTERED_AT = "registered_at";
    /** On a token item: the server software (NodeInfo name) at the time of saving, for the label. */
    static final String SOFTWARE = "software";

    private AccountItems() {
    }

    /** {@code software}: the server's software as NodeInfo names it, or null; the label names it where known. */
    static String tokenLabel(String acct, String software) {
        String name = software == null ? null : new Software(software, "").displayName();
        return (name == null ? "Access" : name) + " token for " + acct + " (Mastokey)";
    }

    static String appLabel(URI server) {
        return "Mastokey app registration for " + (server.getHost() == null ? server : HttpApi.serverName(server));
    }

    static Map<String, String> tokenAttributes(SavedAccount account, String accountId, Instant createdAt, String appClientId) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, ACCT, account.acct());
        put(attributes, SERVER, account.server());
        put(attributes, ACCOUNT_ID, accountId);
        put(attributes, SCOPES, account.scopes() == null ? null : account.scopes().asParameter());
        put(attributes, CREATED_AT, createdAt);
        put(attributes, SAVED_AT, account.savedAt());
        put(attributes, DISPLAY_NAME, account.displayName());
        put(attributes, AVATAR, account.avatar());
        put(attributes, NOTE, account.note());
        if (account.appKey() != null) {
            put(attributes, APP_SERVER, account.appKey().server());
            put(attributes, APP_REDIRECT_URIS, String.join(" ", account.appKey().redirectUris()));
            put(attributes, APP_SCOPES, account.appKey().scopes().asParameter());
        }
        put(attributes, APP_CLIENT_ID, appClientId);
        return attributes;
    }

    static SavedAccount toAccount(String acct, Map<String, String> attributes) {
        URI server = uri(attributes.get(SERVER));
        if (server == null && acct.contains("@")) {
            server = uri("https://" + acct.substring(acct.lastIndexOf('@') + 1));
        }
        AppKey appKey = null;
        URI appServer = uri(attributes.get(APP_SERVER));
        if (appServer != null && attributes.containsKey(APP_REDIRECT_URIS)) {
            appKey = new AppKey(appServer, words(attributes.get(APP_REDIRECT_URIS)),
                    Scopes.parse(attributes.get(APP_SCOPES)));
        }
        return new SavedAccount(acct, server, attributes.get(DISPLAY_NAME), uri(attributes.get(AVATAR)),
                Scopes.parse(attributes.get(SCOPES)), instant(attributes.get(SAVED_AT)), appKey,
                attributes.getOrDefault(NOTE, ""));
    }

    static Map<String, String> appAttributes(RegisteredApp app) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, SERVER, app.server());
        put(attributes, CLIENT_ID, app.clientId());
        put(attributes, REDIRECT_URIS, String.join(" ", app.redirectUris()));
        put(attributes, SCOPES, app.scopes().asParameter());
        put(attributes, REGISTERED_AT, app.registeredAt());
        return attributes;
    }

    /** @return null when the item lacks what a registration needs (not written by Mastokey) */
    static RegisteredApp toApp(Map<String, String> attributes, Secret clientSecret) {
        URI server = uri(attributes.get(SERVER));
        String clientId = attributes.get(CLIENT_ID);
        if (server == null || clientId == null || !attributes.containsKey(REDIRECT_URIS)) {
            return null;
        }
        return new RegisteredApp(server, clientId, clientSecret, words(attributes.get(REDIRECT_URIS)),
                Scopes.parse(attributes.get(SCOPES)), instant(attributes.get(REGISTERED_AT)));
    }

    static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static URI uri(String text) {
        try {
            return text == null || text.isBlank() ? null : URI.create(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    private static void put(Map<String, String> attributes, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            attributes.put(name, value.toString());
        }
    }
}
