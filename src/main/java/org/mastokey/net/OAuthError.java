package org.mastokey.net;

/**
 * The server answered with an OAuth or API error ({@code error}, {@code error_description}).
 * Status 0: the error came back through the browser (a denied consent, a foreign state), not as an HTTP answer.
 */
public final class OAuthError extends ServiceException {
    private final int status;
    private final String error;
    private final String description;

    /** {@code error} and {@code description} come from the server: they are cleaned for display here. */
    public OAuthError(int status, String error, String description) {
        this(status, ServerText.oneLine(error), ServerText.oneLine(description), true);
    }

    private OAuthError(int status, String error, String description, boolean cleaned) {
        super(describe(status, error, description));
        this.status = status;
        this.error = error;
        this.description = description;
    }

    private static String describe(int status, String error, String description) {
        String advice = switch (error == null ? "" : error) {
            case "invalid_client" -> " The server no longer knows Mastokey's app registration; start the authorization again and Mastokey registers anew.";
            case "invalid_state" -> " Start the authorization again from Mastokey.";
            case "invalid_grant" -> " The authorization code was already used, expired, or belongs to another attempt; start the authorization again.";
            case "invalid_scope" -> " The server does not accept these scopes; choose fewer or other scopes.";
            case "access_denied" -> " Authorization was denied on the server's page.";
            case "unauthorized_client" -> " This app may not do that with this token.";
            default -> switch (status) {
                case 401 -> " The token is no longer valid; sign in again to get a new one.";
                case 403 -> " The token's scopes do not allow this, or the account is restricted.";
                // the server's own words, where it gave any, say more than this
                case 422 -> hasWords(description) ? "" : " The server did not accept what Mastokey sent.";
                default -> "";
            };
        };
        String what = hasWords(description) ? description : (error == null ? "error" : error);
        if (hasWords(description) && !advice.isEmpty() && !what.matches(".*[.!?]$")) {
            what += ".";
        }
        if (status == 0) {
            return "Authorization did not go through: " + what + (what.endsWith(".") ? "" : ".") + advice;
        }
        return "The server refused the request (HTTP " + status + "): " + what + advice;
    }

    private static boolean hasWords(String description) {
        return description != null && !description.isBlank();
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String description() {
        return description;
    }
}
