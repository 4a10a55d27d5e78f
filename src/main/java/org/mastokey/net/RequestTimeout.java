package org.mastokey.net;

import java.time.Duration;

/** A connect, total or wait timeout ran out. */
public final class RequestTimeout extends ServiceException {
    public RequestTimeout(String what, Duration after) {
        super(what + " took longer than " + (after.toMillis() < 1000 ? after.toMillis() + " ms" : after.toSeconds() + " s")
                + ". The server may be slow or down; try again later.");
    }
}
