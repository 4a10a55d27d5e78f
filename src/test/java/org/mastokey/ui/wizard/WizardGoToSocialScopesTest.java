package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.FakeMastodonOptions.Personality;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;

/**
 * GoToSocial grants "Post statuses" with the read:accounts Mastokey adds itself: Confirm says the
 * token has what was asked (and what else), with no red "not granted" line, in English and German.
 */
class WizardGoToSocialScopesTest extends WizardRobot {

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void thePostPresetOnGoToSocialConfirmsWithoutAFalseWarning(String language) throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults().withPersonality(Personality.GOTOSOCIAL),
                new InMemorySecretStore(SecretStore.Status.AVAILABLE)).inLanguage(Locale.forLanguageTag(language)));
        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        typeAddress(bed.address());
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        next();
        waitUntil("the scopes step shows", () -> step() == 1);
        clickOn("#postPreset");
        waitUntil("the post preset is applied", () -> bed.model.scopesProperty().get().contains("write:statuses"));
        next();
        waitUntil("the authorize step shows", () -> step() == 2);
        next();

        waitUntil("the confirm step shows", () -> step() == 3);
        String said = text("#scopeDifference");
        assertThat(said).isNotBlank().doesNotContain("–").doesNotContain("not granted").doesNotContain("nicht gewährt");
        assertThat(on(() -> node("#scopeDifference").getStyleClass())).doesNotContain("error-text");
        assertThat(text("#grantedScopes")).contains("write:statuses");
    }
}
