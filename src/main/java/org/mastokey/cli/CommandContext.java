package org.mastokey.cli;

import java.util.Locale;
import org.mastokey.account.SavedAccount;
import org.mastokey.account.SavedAccounts;
import org.mastokey.account.Engine;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.net.Secret;

/**
 * What one command run works with, opened on first use: the keychain, the saved accounts and (only
 * for commands that talk to a server) the engine. {@code token} and {@code list} never build the
 * engine, which keeps them quick to start.
 */
final class CommandContext {
    private final CliEnvironment env;
    private SecretStore store;
    private SavedAccounts accounts;
    private Engine engine;

    CommandContext(CliEnvironment env) {
        this.env = env;
    }

    CliEnvironment env() {
        return env;
    }

    SecretStore store() throws KeystoreException {
        if (store == null) {
            store = env.keychain().open();
        }
        return store;
    }

    SavedAccounts accounts() throws KeystoreException {
        if (accounts == null) {
            accounts = engine != null ? engine.accounts() : new SavedAccounts(store());
        }
        return accounts;
    }

    Engine engine() throws KeystoreException {
        if (engine == null) {
            engine = Engine.create(store());
            accounts = engine.accounts();
        }
        return engine;
    }

    /**
     * Fails now, with the keychain's own explanation, if nothing could be saved: before a login
     * sends the person through the browser for a token that would then be lost.
     */
    void requireWritableKeychain() throws KeystoreException {
        SecretStore.Availability availability = store().availability();
        if (!availability.status().isUsable()) {
            throw new CliFailure(ExitCode.KEYCHAIN_UNAVAILABLE, "keychain: " + availability.explanation());
        }
    }

    /** The saved account, or a NOT_FOUND failure that says how to see what is saved. */
    SavedAccount saved(String typed) throws KeystoreException {
        String acct = normalise(typed);
        return accounts().find(acct).orElseThrow(() -> notFound(acct));
    }

    Secret token(String typed) throws KeystoreException {
        String acct = normalise(typed);
        return accounts().token(acct).orElseThrow(() -> notFound(acct));
    }

    /** Accepts {@code @alice@host}, {@code acct:alice@host} and {@code alice@host}. */
    static String normalise(String typed) {
        String acct = typed.strip();
        if (acct.regionMatches(true, 0, "acct:", 0, 5)) {
            acct = acct.substring(5);
        }
        if (acct.startsWith("@")) {
            acct = acct.substring(1);
        }
        int at = acct.lastIndexOf('@');
        if (at <= 0 || at == acct.length() - 1) {
            throw new CliFailure(ExitCode.USAGE, "\"" + typed + "\" is not an account: write it as user@server, e.g. alice@example.social.");
        }
        return acct.substring(0, at) + "@" + acct.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static CliFailure notFound(String acct) {
        return new CliFailure(ExitCode.NOT_FOUND, "No saved token for " + acct
                + ". See the saved accounts with: mastokey list");
    }
}
