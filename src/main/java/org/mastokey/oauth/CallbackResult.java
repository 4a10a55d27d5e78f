package org.mastokey.oauth;

import org.mastokey.net.Secret;

/** What came back from the authorization page: a code, or a refusal. */
public sealed interface CallbackResult {
    /** {@code state} is null for OOB codes, which carry none. */
    record Code(Secret code, String state) implements CallbackResult {
    }

    /** {@code error=access_denied} and friends, as a value rather than an exception. */
    record Denied(String error, String description) implements CallbackResult {
    }
}
