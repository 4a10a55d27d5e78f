package org.mastokey.ui.wizard;

/** The four ways the wizard can get a token. */
public enum AuthorizeMethod {
    /** The system browser and a loopback receiver (RFC 8252's advice; the default). */
    SYSTEM_BROWSER,
    /** A sign-in window inside Mastokey that intercepts the redirect. */
    WEB_VIEW,
    /** The user signs in anywhere and pastes the code the server shows. */
    PASTE_CODE,
    /** No account: an app-only token from the client-credentials grant. */
    APP_ONLY
}
