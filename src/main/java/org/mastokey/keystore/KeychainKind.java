package org.mastokey.keystore;

/** Which keychain a person would say their tokens are in; a face turns it into words of its language. */
public enum KeychainKind {
    GNOME_KEYRING, KWALLET, KEEPASSXC,
    /** A Secret Service whose program is not (yet) known. */
    SECRET_SERVICE,
    MACOS_KEYCHAIN, WINDOWS_CREDENTIALS,
    /** Nothing is written anywhere: memory of this session only. */
    SESSION_MEMORY,
    /** No keychain at all. */
    NONE,
    /** A store that does not say (test stores, wrappers). */
    UNNAMED
}
