package org.mastokey.oauth;

/** How the authorization code reaches Mastokey. */
public enum AuthorizeMode {
    /** System browser (or WebView) redirected to a listener on 127.0.0.1. */
    LOOPBACK,
    /** Out-of-band: the server shows the code and the user pastes it (or the WebView reads it). */
    OOB
}
