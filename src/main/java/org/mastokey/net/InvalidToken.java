package org.mastokey.net;

/** A value that is no usable access token ({@link TokenSyntax}): sent by a server, or found in the keychain. */
public final class InvalidToken extends ServiceException {
    public InvalidToken(String message) {
        super(message);
    }
}
