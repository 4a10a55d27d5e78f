package org.mastokey.server;

/** The typed text is not a server address or handle; the message says why, for a person. */
public final class InvalidServerAddressException extends IllegalArgumentException {
    public InvalidServerAddressException(String message) {
        super(message);
    }
}
