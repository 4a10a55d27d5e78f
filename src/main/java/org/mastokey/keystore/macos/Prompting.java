package org.mastokey.keystore.macos;

/** Whether macOS may show its keychain dialogs ("Mastokey wants to use your confidential information…"). */
public enum Prompting {
    /**
     * The desktop app: a call first tries without a dialog; when macOS needs to ask, the store says so
     * to its listener and asks, waiting for the answer. Calls run one at a time, so dialogs never stack.
     */
    ASK_AND_WAIT,
    /** The command line: any call that would need a dialog fails at once with words that explain it. */
    NEVER_ASK
}
