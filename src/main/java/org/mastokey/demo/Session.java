package org.mastokey.demo;

/** A browser session: who is signed in, where to return after sign-in, the CSRF token of its forms. */
final class Session {
    final String id;
    volatile String csrf;
    volatile String username;
    volatile String returnTo;

    Session(String id, String csrf) {
        this.id = id;
        this.csrf = csrf;
    }

    boolean signedIn() {
        return username != null;
    }
}
