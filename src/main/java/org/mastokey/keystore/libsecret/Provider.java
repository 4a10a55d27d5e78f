package org.mastokey.keystore.libsecret;

import java.nio.file.Path;
import java.util.Locale;
import org.mastokey.keystore.KeychainKind;

/**
 * The program that owns the Secret Service name on this session bus, for messages that say who
 * answered and what it needs. Recognised by the owner's executable; anything else is named generically.
 */
enum Provider {
    GNOME_KEYRING(KeychainKind.GNOME_KEYRING, "GNOME Keyring", "keyring",
            "Unlock it in GNOME \u201cPasswords and Keys\u201d (Seahorse) or log out and in again.",
            "Create a keyring in GNOME \u201cPasswords and Keys\u201d and make it the default.",
            "Restart GNOME Keyring (log out and in)."),
    KEEPASSXC(KeychainKind.KEEPASSXC, "KeePassXC", "KeePassXC database",
            "Unlock the database in KeePassXC.",
            "In KeePassXC, open Database Settings > Secret Service Integration and expose a group of an open database.",
            "Check that Secret Service integration is on in KeePassXC's settings and restart KeePassXC."),
    KWALLET(KeychainKind.KWALLET, "KWallet", "KDE wallet",
            "Open the wallet in KDE Wallet Manager (or log out and in again).",
            "Create a wallet in KDE Wallet Manager (it becomes the default).",
            "KWallet needs the QCA crypto plugins for Secret Service sessions (on Debian/Ubuntu: apt install"
                    + " libqca-qt5-2-plugins); then restart kwalletd (log out and in)."),
    UNKNOWN(KeychainKind.SECRET_SERVICE, "your keyring service", "keyring",
            "Unlock it in your desktop's password manager (GNOME \u201cPasswords and Keys\u201d, KDE Wallet Manager"
                    + " or KeePassXC) or log out and in again.",
            "Create one (GNOME \u201cPasswords and Keys\u201d, a wallet in KDE Wallet Manager, or an exposed group in"
                    + " KeePassXC's Secret Service settings).",
            "Restart your keyring service (GNOME Keyring, KeePassXC or KWallet) and try again.");

    final KeychainKind kind;
    final String displayName;
    /** For "Your ... is locked." */
    final String keychainWord;
    final String howToUnlock;
    final String howToCreateDefault;
    final String whatASessionNeeds;

    Provider(KeychainKind kind, String displayName, String keychainWord, String howToUnlock, String howToCreateDefault,
             String whatASessionNeeds) {
        this.kind = kind;
        this.displayName = displayName;
        this.keychainWord = keychainWord;
        this.howToUnlock = howToUnlock;
        this.howToCreateDefault = howToCreateDefault;
        this.whatASessionNeeds = whatASessionNeeds;
    }

    static Provider ofProcess(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().command())
                .map(command -> ofExecutable(Path.of(command).getFileName().toString()))
                .orElse(UNKNOWN);
    }

    static Provider ofExecutable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("gnome-keyring")) {
            return GNOME_KEYRING;
        }
        if (lower.startsWith("keepassxc")) {
            return KEEPASSXC;
        }
        if (lower.startsWith("kwalletd") || lower.startsWith("ksecretd")) {
            return KWALLET;
        }
        return UNKNOWN;
    }
}
