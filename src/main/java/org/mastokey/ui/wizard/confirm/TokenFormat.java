package org.mastokey.ui.wizard.confirm;

import java.net.URI;
import org.mastokey.oauth.Secret;

/** The ways the token can be copied: as it is, as an HTTP header, as a curl command, as a .env line. */
public enum TokenFormat {
    TOKEN("confirm.copy.token"),
    HEADER("confirm.copy.header"),
    CURL("confirm.copy.curl"),
    ENV("confirm.copy.env");

    /** The variable name the command line documents ({@code export MASTODON_ACCESS_TOKEN=...}). */
    public static final String ENV_NAME = "MASTODON_ACCESS_TOKEN";

    private final String textKey;

    TokenFormat(String textKey) {
        this.textKey = textKey;
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
