package org.mastokey.net;

import java.util.regex.Pattern;

/**
 * What an access token may look like: RFC 6750's {@code b64token} ({@code A-Z a-z 0-9 - . _ ~ + /},
 * then any {@code =}), at most {@link #MAX_LENGTH} characters. Such a value is safe in an HTTP header,
 * in a shell word and in a dotenv line; anything else a server calls a token is refused at the edge.
 */
public final class TokenSyntax {
    /** Mastodon's tokens have 43 characters; JWT-style tokens of other servers stay well below this. */
    public static final int MAX_LENGTH = 4096;
    private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    private TokenSyntax() {
    }

    public static boolean isValid(String token) {
        return token != null && token.length() <= MAX_LENGTH && B64TOKEN.matcher(token).matches();
    }

    public static boolean isValid(Secret token) {
        return token != null && isValid(token.reveal());
    }
}
