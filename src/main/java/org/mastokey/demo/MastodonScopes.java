package org.mastokey.demo;

import java.util.ArrayList;
import java.util.List;

/** The scopes a Mastodon server is configured with (Doorkeeper default + optional scopes). */
final class MastodonScopes {
    private static final List<String> READ = List.of("accounts", "blocks", "bookmarks", "collections",
            "favourites", "filters", "follows", "lists", "mutes", "notifications", "search", "statuses");
    private static final List<String> WRITE = List.of("accounts", "blocks", "bookmarks", "collections",
            "conversations", "favourites", "filters", "follows", "lists", "media", "mutes", "notifications",
            "reports", "statuses");
    private static final List<String> ADMIN = List.of("accounts", "reports", "domain_allows", "domain_blocks",
            "ip_blocks", "email_domain_blocks", "canonical_email_blocks");

    private MastodonScopes() {
    }

    /** Mastodon 4.6: with {@code profile} and the collections scopes. */
    static List<String> current() {
        return build(true, true, false);
    }

    /** Mastodon 4.2: no {@code profile}, no collections, still {@code crypto}. */
    static List<String> legacy() {
        return build(false, false, true);
    }

    private static List<String> build(boolean profile, boolean collections, boolean crypto) {
        List<String> scopes = new ArrayList<>(List.of("read"));
        if (profile) {
            scopes.add("profile");
        }
        scopes.addAll(List.of("write", "follow", "push"));
        if (crypto) {
            scopes.add("crypto");
        }
        scopes.add("admin:read");
        ADMIN.forEach(s -> scopes.add("admin:read:" + s));
        scopes.add("admin:write");
        ADMIN.forEach(s -> scopes.add("admin:write:" + s));
        READ.stream().filter(s -> collections || !s.equals("collections")).forEach(s -> scopes.add("read:" + s));
        WRITE.stream().filter(s -> collections || !s.equals("collections")).forEach(s -> scopes.add("write:" + s));
        return List.copyOf(scopes);
    }
}
