package org.mastokey.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.mastokey.app.Settings;

/**
 * A preferences node of its own for one test (under {@code org/mastokey-test}), removed again on
 * close, so that no test reads or writes the user's real Mastokey settings.
 */
public final class ScratchPreferences implements AutoCloseable {
    private final String path = "org/mastokey-test/" + System.nanoTime();
    private final Preferences node = Preferences.userRoot().node(path);

    /** The node's path, for {@link Settings#NODE_PROPERTY} when the real app is started. */
    public String path() {
        return path;
    }

    public Preferences node() {
        return node;
    }

    public Settings settings() {
        return new Settings(node);
    }

    @Override
    public void close() throws BackingStoreException {
        node.removeNode();
    }

}
