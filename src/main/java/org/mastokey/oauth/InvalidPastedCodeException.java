package org.mastokey.oauth;

/** What was pasted is not an authorization code; the message says what to paste instead. */
public final class InvalidPastedCodeException extends IllegalArgumentException {
    public InvalidPastedCodeException(String message) {
        super(message);
    }
}
