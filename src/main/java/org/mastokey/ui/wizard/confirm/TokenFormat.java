package org.mastokey.ui.wizard.confirm;

import java.net.URI;
import org.mastokey.net.Secret;

/** The ways the token can be copied: as it is, as an HTTP header, as a curl command, as a .env line. */
public enum TokenFormat {
    TOKEN("confirm.copy.token", "confirm.copied.token"),
    HEADER("confirm.copy.header", "confirm.copied.header"),
    CURL("confirm.copy.curl", "confirm.copied.curl"),
    ENV("confirm.copy.env", "confirm.copied.env");

    /** The variable name the command line documents ({@code export MASTODON_ACCESS_TOKEN=...}). */
    public static final String ENV_NAME = "MASTODON_ACCESS_TOKEN";

    private final String textKey;
    private final String copiedKey;

    TokenFormat(String textKey, String copiedKey) {
        this.textKey = textKey;
        this.copiedKey = copiedKey;
    }

    /** The text key of the sentence that says what was copied (takes the seconds until the clipboard is cleared). */
    public String copiedKey() {
        return copiedKey;
    }

    public String textKey() {
        return textKey;
    }

    /**
     * @param checkUri an endpoint the curl command can call to show the token works
     */
    public String format(Secret token, URI checkUri) {
        String value = token.reveal();
        return switch (this) {
            case TOKEN -> value;
            case HEADER -> "Authorization: Bearer " + value;
            case CURL -> "curl -H 'Authorization: Bearer " + value + "' '" + checkUri + "'";
            case ENV -> ENV_NAME + "=" + value;
        };
    }
}
