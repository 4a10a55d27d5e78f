package org.mastokey.server;

import java.util.Locale;
import java.util.Set;

/** The server software as NodeInfo (or the instance version string) reports it. */
public record Software(String name, String version) {
    private static final Set<String> MISSKEY_FAMILY = Set.of("misskey", "sharkey", "firefish", "calckey", "foundkey", "iceshrimp", "cherrypick");

    public Software {
        name = name == null ? "unknown" : name.toLowerCase(Locale.ROOT);
        version = version == null ? "" : version;
    }

    public boolean isMastodon() {
        return name.equals("mastodon");
    }

    /** Misskey-family software speaks MiAuth, not the Mastodon OAuth flow. */
    public boolean isMisskeyFamily() {
        return MISSKEY_FAMILY.contains(name);
    }
}
