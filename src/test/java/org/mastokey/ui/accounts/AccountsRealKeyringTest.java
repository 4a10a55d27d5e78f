package org.mastokey.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mastokey.account.AccountCheck;
import org.mastokey.account.SavedAccounts;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.RequiresTestKeyring;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.oauth.Scopes;

/** The saved-accounts view on a real Secret Service (the throw-away keyring of .ci/with-test-keyring). */
@RequiresTestKeyring
class AccountsRealKeyringTest extends AccountsRobot {
    private String acct;

    @AfterEach
    void forget() throws Exception {
        if (acct != null) {
            new SavedAccounts(new LibsecretStore()).remove(acct);
        }
    }

    @Test
    void listsChecksAndRevokesThroughTheSecretService() throws Exception {
        LibsecretStore store = new LibsecretStore();
        assertThat(store.status()).isEqualTo(SecretStore.Status.AVAILABLE);
        AccountsTestBed testBed = new AccountsTestBed(store, Duration.ofSeconds(60));
        acct = testBed.saveLogin(ScriptedBrowser.alice(), Scopes.of("read"), "keyring test").acct();
        String token = testBed.token(acct);
        start(testBed);

        waitForState(acct, AccountCheck.State.VALID);
        assertThat(text(acct, "#noteField")).isEqualTo("keyring test");
        assertThat(store.kind()).as("the program answering for the Secret Service is recognised")
                .isNotIn(org.mastokey.keystore.KeychainKind.SECRET_SERVICE, org.mastokey.keystore.KeychainKind.UNNAMED);
        String place = org.mastokey.ui.KeychainPlace.in(new org.mastokey.ui.Texts(java.util.Locale.ENGLISH), store.kind());
        waitUntil("the subtitle names the keychain", () -> lookup("#subtitle").queryLabeled().getText().contains(place));

        click(acct, "#revokeButton");
        click(acct, "#confirmButton");
        waitUntil("the card is gone", () -> !hasCard(acct));
        SavedAccounts fresh = new SavedAccounts(new LibsecretStore());
        assertThat(fresh.find(acct)).isEmpty();
        assertThat(fresh.token(acct)).isEmpty();
        assertThat(bed.serverStatusOf(token)).isEqualTo(401);
    }
}
