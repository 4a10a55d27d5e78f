package org.mastokey.keystore;

import org.mastokey.keystore.libsecret.LibsecretStore;

/** The keystore contract against KWallet's Secret Service API (kwalletd5, wallet opened at "login"). */
@RequiresTestKeyring("kwallet")
class KWalletStoreContractTest extends SecretStoreContract {
    private final LibsecretStore store = new LibsecretStore();

    @Override
    protected SecretStore store() {
        return store;
    }
}
