package org.mastokey.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mastokey.net.ServerText;
import java.util.Locale;
import java.util.Set;

/** The server software as NodeInfo (or the instance version string) reports it. */
public record Software(String name, String version) {
    private static final Set<String> MISSKEY_FAMILY = Set.of("misskey", "sharkey", "firefish", "calckey", "foundkey", "iceshrimp", "cherrypick");

    public Software {
        name = name == null ? "unknown" : ServerText.oneLine(name).toLowerCase(Locale.ROOT);
        version = version == null ? "" : ServerText.oneLine(version);
    }

    /**
     * When NodeInfo is silent: Pleroma/Akkoma write {@code "2.7.2 (compatible; Pleroma 2.5.0)"}, snac
     * {@code "4.0.0 (not true; really snac/2.x)"}; a plain version is taken as Mastodon's.
     */
    public static Software fromVersionString(String version) {
        String v = version == null ? "" : version.strip();
        Matcher compatible = Pattern
                .compile("\\((?:compatible|not true); (?:really )?([A-Za-z][\\w.-]*)[ /]([^)\\s]*)\\)").matcher(v);
        if (compatible.find()) {
            return new Software(compatible.group(1), compatible.group(2));
        }
        return v.matches("[1-9]\\d*\\.\\d+.*") ? new Software("mastodon", v) : new Software("unknown", v);
    }

    /** The software's own spelling, for labels and messages ("GoToSocial", "snac"); null when unknown. */
    public String displayName() {
        return switch (name) {
            case "mastodon" -> "Mastodon";
            case "gotosocial" -> "GoToSocial";
            case "hollo" -> "Hollo";
            case "pleroma" -> "Pleroma";
            case "akkoma" -> "Akkoma";
            case "snac" -> "snac";
            case "friendica" -> "Friendica";
            default -> null;
        };
    }

    public boolean isMastodon() {
        return name.equals("mastodon");
    }

    /** Misskey-family software speaks MiAuth, not the Mastodon OAuth flow. */
    public boolean isMisskeyFamily() {
        return MISSKEY_FAMILY.contains(name);
    }
}
