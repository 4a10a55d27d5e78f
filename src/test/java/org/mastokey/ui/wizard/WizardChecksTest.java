package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.ClipboardGuard;
import org.mastokey.ui.CopiedSecret;
import org.mastokey.ui.ManualTicker;
import org.mastokey.ui.InMemorySecretStore;

/** Rules that hold for the whole wizard: accessible text, progress with Cancel, the clipboard clearing itself. */
class WizardChecksTest extends WizardRobot {

    @Test
    void everyControlOnEveryStepHasAccessibleText() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        List<String> missing = on(() -> {
            List<String> found = new ArrayList<>();
            List<Node> roots = new ArrayList<>(bed.window().wizard().pageRoots());
            roots.add(bed.window().scene().getRoot());
            for (Node root : roots) {
                collectMissing(root, found);
            }
            return found;
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void theAddressFieldHasTheFocusWhenTheWindowOpensSoEnterPressesNext() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        waitUntil("something has the focus", () -> bed.window().scene().getFocusOwner() != null);
        assertThat(on(() -> bed.window().scene().getFocusOwner().getId())).isEqualTo("addressField");
    }

    private static void collectMissing(Node node, List<String> found) {
        if (node instanceof Control control && !(control instanceof Label)
                && (control.getAccessibleText() == null || control.getAccessibleText().isBlank())
                && !(control instanceof Labeled labeled && !labeled.getText().isBlank())) {
            found.add(control.getClass().getSimpleName() + "#" + control.getId());
        }
        if (node instanceof Parent parent && !(node instanceof Control)) {
            parent.getChildrenUnmodifiable().forEach(child -> collectMissing(child, found));
        }
    }

    @Test
    void enterOnTheFocusedThemeTogglePressesNextAndLeavesTheTheme() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        typeAddress(bed.address());
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        clickOn("#themeToggle");
        javafx.scene.control.ToggleButton toggle = node("#themeToggle");
        assertThat(on(toggle::isSelected)).as("a click switches to dark").isTrue();
        assertThat(on(toggle::isFocused)).isTrue();
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the scopes step shows", () -> step() == 1);
        assertThat(on(toggle::isSelected)).as("Enter did not switch the theme back").isTrue();
        fx(toggle::requestFocus);
        type(javafx.scene.input.KeyCode.SPACE);
        assertThat(on(toggle::isSelected)).as("Space still switches it").isFalse();
    }

    @Test
    void theThemeToggleKeepsWorkingWhenOnlyTheWindowHoldsTheThemeProperty() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        AtomicBoolean switched = new AtomicBoolean();
        fx(() -> {
            // As the app does: a property nobody but the window's toggle refers to afterwards.
            BooleanProperty dark = new SimpleBooleanProperty(false);
            dark.addListener((obs, old, now) -> switched.set(now));
            bed.window().wizard().shell().bindTheme(dark);
        });
        collectGarbage();
        clickOn("#themeToggle");
        assertThat(switched).as("the toggle still switches the theme after a garbage collection").isTrue();
    }

    @Test
    void inASmallWindowThePageScrollsInsteadOfCuttingSentences() throws Exception {
        WizardTestBed testBed = new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.UNAVAILABLE))
                .inLanguage(Locale.GERMAN);
        testBed.recent.add("https://mastodon.example");
        start(testBed);
        typeAddress(bed.address());
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        waitUntil("the keychain banner shows", () -> visible("#keychainBanner"));
        CountDownLatch laidOut = new CountDownLatch(1);
        fx(() -> {
            Scene scene = bed.window().scene();
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    laidOut.countDown();
                }
            };
            scene.getWindow().setHeight(480);
            scene.addPostLayoutPulseListener(once);
        });
        assertThat(laidOut.await(10, TimeUnit.SECONDS)).as("a layout pass at the new height").isTrue();
        List<String> cut = on(() -> lookup(".label > .text").queryAll().stream()
                .filter(WizardRobot::shown)
                .filter(n -> !((Text) n).getText().equals(((Label) n.getParent()).getText()))
                .map(n -> ((Label) n.getParent()).getText()).toList());
        assertThat(cut).as("labels shown shortened").isEmpty();
    }

    @Test
    void aSlowServerShowsWhatIsHappeningAndCanBeCancelled() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults().withLatency(Duration.ofMillis(1500)),
                new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        typeAddress(bed.address());
        waitUntil("the progress shows", () -> visible("#progressBox"));
        assertThat(text("#progressText")).isEqualTo("Asking " + bed.address() + " what it supports…");
        clickOn("#cancelDiscoveryButton");
        waitUntil("the progress is gone", () -> !visible("#progressBox"));
        bed.awaitIdleWorkers(); // the cancelled discovery has ended, and whatever it handed back has run
        assertThat(visible("#previewCard")).isFalse();
        assertThat(on(() -> bed.model.serverProperty().get())).isNull();
    }

    @Test
    void theClipboardIsClearedAfterTheDelayOnlyIfItStillHoldsTheSecret() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        ManualTicker seconds = new ManualTicker();
        ClipboardGuard guard = on(() -> new ClipboardGuard(Clipboard.getSystemClipboard(), Duration.ofMillis(1400), seconds));
        CopiedSecret first = on(() -> guard.copySecret("s3cret"));
        assertThat(first.secondsLeft()).as("rounded up, never promising less time than there is").isEqualTo(2);
        fx(() -> seconds.advance(1));
        assertThat(on(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("s3cret");
        fx(() -> seconds.advance(1));
        assertThat(on(() -> Clipboard.getSystemClipboard().hasString())).isFalse();
        assertThat(first.phase()).isEqualTo(CopiedSecret.Phase.CLEARED);

        CopiedSecret second = on(() -> guard.copySecret("s3cret"));
        fx(() -> {
            ClipboardContent other = new ClipboardContent();
            other.putString("something the user copied");
            Clipboard.getSystemClipboard().setContent(other);
        });
        fx(() -> seconds.advance(2));
        assertThat(on(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("something the user copied");
        assertThat(second.phase()).isEqualTo(CopiedSecret.Phase.LEFT_ALONE);

        CopiedSecret third = on(() -> guard.copySecret("s3cret"));
        fx(() -> seconds.advance(1));
        CopiedSecret fourth = on(() -> guard.copySecret("0ther"));
        assertThat(third.phase()).isEqualTo(CopiedSecret.Phase.REPLACED);
        assertThat(fourth.secondsLeft()).isEqualTo(2);
        assertThat(seconds.running()).as("only the latest copy counts").isEqualTo(1);
    }

    @Test
    void aSecretStillOnTheClipboardIsClearedWhenTheAppCloses() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        ManualTicker seconds = new ManualTicker();
        ClipboardGuard guard = on(() -> new ClipboardGuard(Clipboard.getSystemClipboard(), Duration.ofSeconds(60), seconds));
        CopiedSecret copied = on(() -> guard.copySecret("s3cret"));

        fx(guard::clearNow);

        assertThat(on(() -> Clipboard.getSystemClipboard().hasString())).isFalse();
        assertThat(copied.phase()).isEqualTo(CopiedSecret.Phase.CLEARED);
        assertThat(seconds.running()).isZero();

        on(() -> guard.copySecret("s3cret"));
        fx(() -> {
            ClipboardContent other = new ClipboardContent();
            other.putString("something the user copied");
            Clipboard.getSystemClipboard().setContent(other);
        });
        fx(guard::clearNow);
        assertThat(on(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("something the user copied");
    }
}
