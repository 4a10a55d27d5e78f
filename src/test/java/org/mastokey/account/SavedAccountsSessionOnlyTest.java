package org.mastokey.account;

import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SessionOnlyStore;

class SavedAccountsSessionOnlyTest extends SavedAccountsContract {
    private final SessionOnlyStore store = new SessionOnlyStore("test");

    @Override
    SecretStore store() {
        return store;
    }
}
