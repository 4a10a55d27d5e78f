package org.mastokey.demo;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** Mastodon's (Rails/Doorkeeper) validation of a new app, with the fragments of its 422 messages. */
final class AppValidation {
    private AppValidation() {
    }

    static List<String> mastodonErrors(String name, String redirect, List<String> scopes, String website,
                                       List<String> configuredScopes, String unknownScopesMessage) {
        List<String> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add("Application name can't be blank");
        } else if (name.length() > 60) {
            errors.add("Application name is too long (maximum is 60 characters)");
        }
        RedirectUris.problems(redirect).forEach(p -> errors.add("Redirect URI " + p));
        if (redirect.length() > 2000) {
            errors.add("Redirect URI is too long (maximum is 2000 characters)");
        }
        if (!configuredScopes.containsAll(scopes)) {
            errors.add(unknownScopesMessage);
        }
        if (!website.isEmpty() && !isWebUrl(website)) {
            errors.add("Application website is invalid");
        }
        return errors;
    }

    static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            return text.length() <= 2000 && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
