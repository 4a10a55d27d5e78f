package org.mastokey.account;

import org.mastokey.keystore.SecretStore;
import org.mastokey.net.HttpApi;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerMemory;

/** The service layer wired together once, shared by the wizard and the command line. */
public record Engine(HttpApi http, LoginFlow loginFlow, SavedAccounts accounts, SecretStore store) {

    public static Engine create(SecretStore store) {
        HttpApi http = new HttpApi();
        SavedAccounts accounts = new SavedAccounts(store);
        ServerMemory memory = new ServerMemory();
        AppRegistry apps = new AppRegistry(http, accounts.appCache(), memory);
        LoginFlow flow = new LoginFlow(new Discovery(http, memory), apps, new TokenClient(http), new AccountVerifier(http),
                accounts);
        return new Engine(http, flow, accounts, store);
    }

    /** The token of a finished login, owed until {@link IssuedToken#save saved} or {@link IssuedToken#discard discarded}. */
    public IssuedToken issued(Login login) {
        return new IssuedToken(login, loginFlow, accounts);
    }

    /** Moves tokens from other tools' plaintext files into the keychain. */
    public org.mastokey.account.imports.PlaintextImport plaintextImport() {
        return new org.mastokey.account.imports.PlaintextImport(loginFlow, accounts, new AccountVerifier(http), http);
    }

    /** What can be done with a saved account (check, revoke, rotate, ...), on this engine's flow and keychain. */
    public AccountActions actions() {
        return new AccountActions(loginFlow, accounts, new AccountVerifier(http));
    }
}
