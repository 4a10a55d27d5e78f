package org.mastokey.ui;

import java.net.URI;

/** Opens a page in the user's own web browser. */
@FunctionalInterface
public interface SystemBrowser {
    /**
     * Asks the desktop to open the page and says whether it could. May block for a few seconds while
     * the opener answers: call it off the FX thread.
     */
    boolean open(URI uri);
}
