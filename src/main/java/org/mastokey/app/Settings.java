package org.mastokey.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import org.mastokey.ui.ServerHistory;

/** What the desktop app remembers between runs (java.util.prefs): window size, theme, recent servers. */
public final class Settings implements ServerHistory {
    static final int MAX_RECENT = 5;
    private static final String RECENT = "recentServers";

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** Where the app keeps its settings; tests point it elsewhere so that they never touch the user's. */
    public static final String NODE_PROPERTY = "mastokey.preferences.node";

    /** The user's settings, in the preferences node {@value #NODE_PROPERTY} names (default {@code org/mastokey}). */
    public static Settings user() {
        return new Settings(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, "org/mastokey")));
    }

    public double windowWidth() {
        return prefs.getDouble("windowWidth", 760);
    }

    public double windowHeight() {
        return prefs.getDouble("windowHeight", 560);
    }

    public void windowSize(double width, double height) {
        prefs.putDouble("windowWidth", width);
        prefs.putDouble("windowHeight", height);
    }

    public boolean dark() {
        return prefs.getBoolean("dark", false);
    }

    public void dark(boolean dark) {
        prefs.putBoolean("dark", dark);
    }

    /** How long a copied token stays on the clipboard. */
    public Duration clipboardClearAfter() {
        return Duration.ofSeconds(Math.max(5, prefs.getInt("clipboardClearSeconds", 60)));
    }

    public void clipboardClearAfter(Duration delay) {
        prefs.putInt("clipboardClearSeconds", (int) delay.toSeconds());
    }

    @Override
    public List<String> recent() {
        String stored = prefs.get(RECENT, "");
        return stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }

    @Override
    public void remember(String address) {
        if (address.isBlank()) {
            return;
        }
        List<String> list = new ArrayList<>(recent());
        list.removeIf(address::equalsIgnoreCase);
        list.add(0, address);
        prefs.put(RECENT, String.join("\n", list.subList(0, Math.min(MAX_RECENT, list.size()))));
    }
}
