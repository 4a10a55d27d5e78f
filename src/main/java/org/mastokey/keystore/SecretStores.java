package org.mastokey.keystore;

import java.util.Locale;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.keystore.macos.MacKeychainStore;
import org.mastokey.keystore.macos.Prompting;
import org.mastokey.keystore.windows.WindowsCredentialStore;

/**
 * Picks the keychain backend for this OS. The system property {@value #PROPERTY} overrides the
 * choice: {@code session} (memory only, e.g. for demos and UI tests that must not touch the real
 * keychain), {@code none}, {@code libsecret}, {@code macos}, {@code windows}; default {@code auto}.
 *
 * <p>The chosen store is returned even when it is unusable right now (locked, no keyring running):
 * the UI shows its {@link SecretStore#availability()} and may offer a {@link SessionOnlyStore}
 * instead, knowingly. Nothing ever falls back to a file.
 */
public final class SecretStores {
    public static final String PROPERTY = "mastokey.keystore";

    private SecretStores() {
    }

    /** How long the desktop app waits for the answer in a keychain's own dialog (KeePassXC's access request). */
    public static final java.time.Duration APP_PATIENCE = java.time.Duration.ofMinutes(2);

    /** For the desktop app: the OS may ask the person (macOS: "allow access"), and the store waits for the answer. */
    public static SecretStore forCurrentOs() {
        return forCurrentOs(ApprovalWait.NONE);
    }

    /**
     * As {@link #forCurrentOs()}; {@code wait} hears, on a keychain thread, when the keychain's own dialog
     * (macOS's "allow access", KeePassXC's access request) is up and when it is answered, so the app can
     * say what it is waiting for.
     */
    public static SecretStore forCurrentOs(ApprovalWait wait) {
        return choose(System.getProperty("os.name", ""), System.getProperty(PROPERTY, "auto"), Prompting.ASK_AND_WAIT,
                wait);
    }

    /** For the command line: a call that would need an OS dialog fails at once and says why. */
    public static SecretStore forCommandLine() {
        return choose(System.getProperty("os.name", ""), System.getProperty(PROPERTY, "auto"), Prompting.NEVER_ASK, ApprovalWait.NONE);
    }

    static SecretStore choose(String osName, String choice) {
        return choose(osName, choice, Prompting.ASK_AND_WAIT, ApprovalWait.NONE);
    }

    static SecretStore choose(String osName, String choice, Prompting prompting, ApprovalWait wait) {
        String os = osName.toLowerCase(Locale.ROOT);
        String wanted = choice.toLowerCase(Locale.ROOT).strip();
        if (wanted.equals("auto")) {
            wanted = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos"
                    : os.contains("linux") || os.contains("bsd") ? "libsecret" : "none";
        }
        return switch (wanted) {
            case "libsecret" -> prompting == Prompting.ASK_AND_WAIT
                    ? new LibsecretStore().allowingPrompts(APP_PATIENCE, wait) : new LibsecretStore();
            case "macos" -> new MacKeychainStore(prompting, wait);
            case "windows" -> new WindowsCredentialStore();
            case "session" -> new SessionOnlyStore("-D" + PROPERTY + "=session was given.");
            case "none" -> new UnavailableStore("Keychain", "Mastokey knows no keychain on " + osName
                    + ". Copy the token and keep it somewhere safe yourself.");
            default -> new UnavailableStore("Keychain", "-D" + PROPERTY + "=" + choice + " is not one of auto,"
                    + " libsecret, macos, windows, session, none.");
        };
    }
}
