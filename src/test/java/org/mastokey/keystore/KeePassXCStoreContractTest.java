package org.mastokey.keystore;

import org.mastokey.keystore.libsecret.LibsecretStore;

/** The keystore contract against KeePassXC's Secret Service (a database exposed to it, unlocked). */
@RequiresTestKeyring("keepassxc")
class KeePassXCStoreContractTest extends SecretStoreContract {
    private final LibsecretStore store = new LibsecretStore();

    @Override
    protected SecretStore store() {
        return store;
    }
}
