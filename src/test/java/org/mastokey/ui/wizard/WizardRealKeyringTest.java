package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.mastokey.account.SavedAccounts;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.RequiresTestKeyring;
import org.mastokey.keystore.libsecret.LibsecretStore;

/** Saving from the wizard into a real Secret Service (the throw-away keyring of .ci/with-test-keyring). */
@EnabledIfEnvironmentVariable(named = "MASTOKEY_TEST_KEYRING", matches = "1")
@Tag(RequiresTestKeyring.TAG)
class WizardRealKeyringTest extends WizardRobot {

    @Test
    void savesTheTokenThroughTheSecretService() throws Exception {
        LibsecretStore store = new LibsecretStore();
        assertThat(store.status()).isEqualTo(SecretStore.Status.AVAILABLE);
        start(new WizardTestBed(FakeMastodonOptions.defaults(), store));
        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        toAuthorizeStep();
        next();
        waitUntil("the confirm step shows", () -> step() == 3);
        String acct = "alice@" + bed.server.domain();
        String token = on(() -> bed.model.tokenProperty().get().value().reveal());
        next();
        waitUntil("the save result shows", () -> text("#saveStatus").startsWith("Saved as"));
        SavedAccounts fresh = new SavedAccounts(new LibsecretStore());
        try {
            assertThat(fresh.token(acct)).get().extracting(s -> s.reveal()).isEqualTo(token);
            assertThat(fresh.find(acct)).isPresent();
        } finally {
            fresh.remove(acct);
        }
    }
}
