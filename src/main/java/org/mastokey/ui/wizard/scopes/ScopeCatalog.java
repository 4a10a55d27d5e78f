package org.mastokey.ui.wizard.scopes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mastokey.oauth.Scopes;
import org.mastokey.server.ServerInfo;

/**
 * Mastodon's scopes (its {@code config/initializers/doorkeeper.rb}) as groups, limited to what one server supports: the scopes it
 * lists in its metadata document, or, when it lists none, what its version is known to have.
 */
public final class ScopeCatalog {
    /** A top-level scope and its granular children. */
    public record Group(String scope, List<String> children) {
        public Group {
            children = List.copyOf(children);
        }
    }

    private static final List<String> READ = List.of("accounts", "blocks", "bookmarks", "collections", "favourites",
            "filters", "follows", "lists", "mutes", "notifications", "search", "statuses");
    private static final List<String> WRITE = List.of("accounts", "blocks", "bookmarks", "collections", "conversations",
            "favourites", "filters", "follows", "lists", "media", "mutes", "notifications", "reports", "statuses");
    private static final List<String> ADMIN = List.of("accounts", "reports", "domain_allows", "domain_blocks",
            "ip_blocks", "email_domain_blocks", "canonical_email_blocks");

    /** Every scope Mastokey knows, in display order. */
    public static final List<Group> ALL = List.of(
            new Group("profile", List.of()),
            new Group("read", prefixed("read:", READ)),
            new Group("write", prefixed("write:", WRITE)),
            new Group("follow", List.of()),
            new Group("push", List.of()),
            new Group("admin:read", prefixed("admin:read:", ADMIN)),
            new Group("admin:write", prefixed("admin:write:", ADMIN)));

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");

    private final List<Group> groups;

    private ScopeCatalog(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    public static ScopeCatalog forServer(ServerInfo server) {
        Set<String> listed = server.capabilities().scopesSupported();
        List<Group> groups = new ArrayList<>();
        for (Group group : ALL) {
            if (!supported(group.scope(), listed, server)) {
                continue;
            }
            List<String> children = group.children().stream()
                    .filter(child -> listed.contains(child) || supportedByVersion(child, server))
                    .toList();
            groups.add(new Group(group.scope(), children));
        }
        return new ScopeCatalog(groups);
    }

    private static boolean supported(String scope, Set<String> listed, ServerInfo server) {
        return listed.isEmpty() ? supportedByVersion(scope, server) : listed.contains(scope);
    }

    /** Without a scope list: {@code profile} needs Mastodon 4.3, collections 4.6; other software gets the classic set. */
    private static boolean supportedByVersion(String scope, ServerInfo server) {
        boolean mastodon = server.software().isMastodon();
        int[] version = version(server.software().version());
        if (scope.equals("profile")) {
            return server.capabilities().metadataDocument() || (mastodon && atLeast(version, 4, 3));
        }
        if (scope.endsWith(":collections")) {
            return mastodon && atLeast(version, 4, 6);
        }
        return true;
    }

    private static int[] version(String text) {
        Matcher m = VERSION.matcher(text == null ? "" : text);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
    }

    private static boolean atLeast(int[] v, int major, int minor) {
        return v[0] > major || (v[0] == major && v[1] >= minor);
    }

    public List<Group> groups() {
        return groups;
    }

    public boolean supports(String scope) {
        return groups.stream().anyMatch(g -> g.scope().equals(scope) || g.children().contains(scope));
    }

    /** Admin scopes can change other people's accounts and the server's moderation: shown as dangerous. */
    public static boolean dangerous(String scope) {
        return scope.startsWith("admin:");
    }

    /** The preset's scopes on this server; empty when the server supports none of them. */
    public Scopes scopesOf(Preset preset) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String scope : preset.scopes()) {
            if (scope.equals(Preset.IDENTITY)) {
                if (supports("profile")) {
                    chosen.add("profile");
                } else if (supports("read:accounts")) {
                    chosen.add("read:accounts");
                }
            } else if (supports(scope)) {
                chosen.add(scope);
            }
        }
        return Scopes.of(chosen);
    }

    /** The preset with the fewest rights that this server supports: the default choice. */
    public Preset minimalPreset() {
        for (Preset preset : Preset.values()) {
            if (preset != Preset.CUSTOM && !scopesOf(preset).isEmpty()) {
                return preset;
            }
        }
        return Preset.CUSTOM;
    }

    /** The text key of a scope's one-line meaning. */
    public static String textKey(String scope) {
        return "scope." + scope.replace(':', '.');
    }

    private static List<String> prefixed(String prefix, List<String> names) {
        return names.stream().map(n -> prefix + n).toList();
    }
}
