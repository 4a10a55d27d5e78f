package org.mastokey.oauth;

import org.mastokey.net.FormEncoding;
import org.mastokey.net.Secret;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads what a person pasted after an out-of-band authorization: the bare code, the whole address of
 * the page that showed it ({@code …?code=…}), a GoToSocial/snac-style {@code CODE&state=…}, with
 * stray spaces or quotes around it. Messages never repeat what was pasted (it may be a valid code).
 */
public final class PastedCode {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._~+/=-]{6,1024}");
    private static final String QUOTES = "\"'`\u2018\u2019\u201C\u201D\u00AB\u00BB";

    private PastedCode() {
    }

    /** @throws InvalidPastedCodeException with a message for a person */
    public static CallbackResult parse(String pasted) {
        String text = unquote(pasted == null ? "" : pasted);
        if (text.isEmpty()) {
            throw new InvalidPastedCodeException("Paste the authorization code the server showed you after you clicked \"Authorize\".");
        }
        int query = text.indexOf('?');
        if (text.contains("://") || query >= 0) {
            return fromParameters(query >= 0 ? text.substring(query + 1) : "", true);
        }
        if (text.startsWith("code=") || text.startsWith("error=") || text.contains("&")) {
            String withKey = text.startsWith("code=") || text.startsWith("error=") ? text : "code=" + text;
            return fromParameters(withKey, false);
        }
        return bareCode(text, null);
    }

    private static CallbackResult fromParameters(String query, boolean wasAddress) {
        Map<String, String> params = FormEncoding.queryParameters(query);
        String state = params.get("state");
        if (params.containsKey("error")) {
            return new CallbackResult.Denied(params.get("error"), params.get("error_description"));
        }
        String code = params.get("code");
        if (code == null || code.isBlank()) {
            throw new InvalidPastedCodeException(wasAddress
                    ? "That address has no authorization code in it. Copy the code shown on the server's page instead."
                    : "That does not look like an authorization code. Copy the code shown on the server's page.");
        }
        return bareCode(code, state == null || state.isBlank() ? null : state);
    }

    private static CallbackResult bareCode(String code, String state) {
        if (!CODE.matcher(code).matches()) {
            throw new InvalidPastedCodeException("That does not look like an authorization code: it should be one word of letters"
                    + " and digits. Copy the code shown on the server's page again.");
        }
        return new CallbackResult.Code(Secret.of(code), state);
    }

    private static String unquote(String text) {
        String t = text.strip();
        while (t.length() >= 1 && (QUOTES.indexOf(t.charAt(0)) >= 0 || QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0)) {
            if (QUOTES.indexOf(t.charAt(0)) >= 0) {
                t = t.substring(1);
            }
            if (!t.isEmpty() && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(0, t.length() - 1);
            }
            t = t.strip();
        }
        return t;
    }
}
