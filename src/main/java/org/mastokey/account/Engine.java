package org.mastokey.account;

import org.mastokey.keystore.SecretStore;
import org.mastokey.net.HttpApi;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;

/** The service layer wired together once, shared by the wizard and the command line. */
public record Engine(HttpApi http, LoginFlow loginFlow, SavedAccounts accounts, SecretStore store) {

    public static Engine create(SecretStore store) {
        HttpApi http = new HttpApi();
        SavedAccounts accounts = new SavedAccounts(store);
        AppRegistry apps = new AppRegistry(http, accounts.appCache());
        LoginFlow flow = new LoginFlow(new Discovery(http), apps, new TokenClient(http), new AccountVerifier(http));
        return new Engine(http, flow, accounts, store);
    }

    /** What can be done with a saved account (check, revoke, rotate, ...), on this engine's flow and keychain. */
    public AccountActions actions() {
        return new AccountActions(loginFlow, accounts, new AccountVerifier(http));
    }
}
