package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Control;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.keystore.ForwardingSecretStore;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;

/**
 * What the window waits for before its first frame: only the first step is built and the
 * keychain is not asked yet; right after the first frame the keychain note arrives and the other
 * steps are built, and the wizard still goes through all of them.
 */
class WizardStartupTest extends WizardRobot {

    @Test
    void onlyTheFirstStepIsBuiltBeforeTheFirstFrameAndTheRestRightAfter() throws Exception {
        ProbeWatchingStore store = new ProbeWatchingStore(new InMemorySecretStore(SecretStore.Status.LOCKED));
        bed = new WizardTestBed(FakeMastodonOptions.defaults(), store);
        AtomicInteger builtWhenShown = new AtomicInteger(-1);
        AtomicBoolean probedWhenShown = new AtomicBoolean(true);
        onPrimaryStage(stage -> {
            bed.show(stage);
            // Still inside the call that shows the window: no pulse, so no frame, has happened yet.
            builtWhenShown.set(bed.window().wizard().shell().builtPages());
            probedWhenShown.set(store.asked.get());
        });
        assertThat(builtWhenShown.get()).as("steps built before the first frame").isEqualTo(1);
        assertThat(probedWhenShown.get()).as("keychain asked before the first frame").isFalse();

        waitUntil("the keychain note shows", () -> visible("#keychainBanner"));
        waitUntil("the other steps are built after the first frame", () -> on(() -> bed.window().wizard().shell().builtPages()) == 4);
        waitUntil("and prepared in the window, hidden", () -> on(() -> bed.window().wizard().shell().preparedPages()) == 4);
        assertThat(on(() -> bed.window().wizard().shell().buildNextPage())).isFalse();
        // Prepared means styled: the later steps' controls have their skins before Next shows them.
        assertThat(visible("#scopeTree")).isFalse();
        assertThat(on(() -> ((Control) node("#scopeTree")).getSkin())).as("the scope tree's skin").isNotNull();
        assertThat(on(() -> ((Control) node("#tokenField")).getSkin())).as("the token field's skin").isNotNull();

        toAuthorizeStep();
        assertThat(step()).isEqualTo(2);
        clickOn("#backButton");
        waitUntil("back on the scopes step", () -> step() == 1);
    }

    @Test
    void anAddressFilledInBeforeTheWindowOpensIsLookedUpWithoutTyping() throws Exception {
        bed = new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE));
        bed.model.addressProperty().set(bed.address()); // as --demo does
        start(bed);
        waitUntil("the server filled in is previewed", () -> visible("#previewCard"));
        assertThat(on(() -> bed.model.serverProperty().get())).isNotNull();
    }

    @Test
    void aStepThatIsNotBuiltYetIsBuiltWhenNeeded() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        WizardShell shell = on(() -> bed.window().wizard().shell());
        // Whatever the background building has done by now, asking for every root builds the rest, once each.
        List<Node> first = on(() -> bed.window().wizard().pageRoots());
        List<Node> again = on(() -> bed.window().wizard().pageRoots());
        assertThat(first).hasSize(4).doesNotContainNull();
        assertThat(again).containsExactlyElementsOf(first);
        assertThat(on(shell::builtPages)).isEqualTo(4);
    }

    /** Remembers whether the wizard asked for the keychain's status. */
    private static final class ProbeWatchingStore extends ForwardingSecretStore {
        final AtomicBoolean asked = new AtomicBoolean();

        ProbeWatchingStore(SecretStore store) {
            super(store);
        }

        @Override
        public Availability availability() {
            asked.set(true);
            return super.availability();
        }
    }
}
