package org.mastokey.keystore;

import org.mastokey.keystore.libsecret.LibsecretStore;

@RequiresTestKeyring
class LibsecretStoreContractTest extends SecretStoreContract {
    private final LibsecretStore store = new LibsecretStore();

    @Override
    protected SecretStore store() {
        return store;
    }
}
