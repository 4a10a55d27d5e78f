package org.mastokey.ui;

import java.net.URI;

/** Opens a page in the user's own web browser; returns at once. */
@FunctionalInterface
public interface SystemBrowser {
    void open(URI uri);
}
