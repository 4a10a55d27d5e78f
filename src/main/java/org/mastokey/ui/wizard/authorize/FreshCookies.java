package org.mastokey.ui.wizard.authorize;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The cookie store of the embedded sign-in, emptied for every attempt. WebKit's HTTP loader builds its
 * HttpClient once, with whatever {@link CookieHandler#getDefault()} was then, so replacing the default
 * later has no effect; this handler is installed once and swaps the store behind it instead.
 */
final class FreshCookies extends CookieHandler {
    private volatile CookieHandler current = new CookieManager();

    private FreshCookies() {
    }

    /** Installs the handler (once) and starts an empty, in-memory store. Call before a WebView loads. */
    static synchronized void startAttempt() {
        if (CookieHandler.getDefault() instanceof FreshCookies installed) {
            installed.current = new CookieManager();
        } else {
            CookieHandler.setDefault(new FreshCookies());
        }
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return current.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        current.put(uri, responseHeaders);
    }
}
