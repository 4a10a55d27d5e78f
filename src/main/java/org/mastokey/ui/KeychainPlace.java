package org.mastokey.ui;

import org.mastokey.keystore.KeychainKind;

/** Where a token is kept, as a person knows the place: "in the GNOME Keyring", "in deiner KeePassXC-Datenbank". */
public final class KeychainPlace {
    private KeychainPlace() {
    }

    /** The place with its preposition and article, so that each language can contract them ("im"). */
    public static String in(Texts texts, KeychainKind kind) {
        return texts.get(switch (kind) {
            case GNOME_KEYRING -> "keychain.in.gnomeKeyring";
            case KWALLET -> "keychain.in.kwallet";
            case KEEPASSXC -> "keychain.in.keepassxc";
            case SECRET_SERVICE -> "keychain.in.secretService";
            case MACOS_KEYCHAIN -> "keychain.in.macos";
            case WINDOWS_CREDENTIALS -> "keychain.in.windows";
            case SESSION_MEMORY -> "keychain.in.session";
            case NONE, UNNAMED -> "keychain.in.generic";
        });
    }
}
