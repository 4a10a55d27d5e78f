package org.mastokey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mastokey.account.AccountCheck;
import org.mastokey.app.WizardWindow;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.oauth.Scopes;
import org.mastokey.ui.accounts.AccountsTestBed;
import org.mastokey.ui.wizard.WizardRobot;
import org.mastokey.ui.wizard.WizardTestBed;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing cut off: every wizard step (and its waits and questions) and the saved-accounts window with a
 * card, in English and German, at the minimum and the default window size, shows no ellipsis and no
 * clipped control; every focusable control shows when it has the focus.
 */
class LayoutAuditTest extends WizardRobot {
    private final List<String> problems = new ArrayList<>();
    private Locale language;

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void nothingIsCutOffAndTheFocusAlwaysShows(String tag) throws Exception {
        language = Locale.forLanguageTag(tag);
        WizardTestBed testBed = new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE))
                .inLanguage(language);
        testBed.recent.addAll(List.of("https://a-rather-long-server-name.example.social", "@alice@mastodon.example.org",
                "https://127.0.0.1:41777", "mastodon.social"));
        start(testBed);
        typeAddress(bed.address());
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        audit("server step");
        next();
        waitUntil("the scopes step shows", () -> step() == 1);
        audit("scopes step");
        next();
        waitUntil("the authorize step shows", () -> step() == 2);
        audit("authorize step");

        bed.browserOpener(NoBrowser.opener());
        next();
        waitUntil("the no-browser box shows", () -> visible("#noBrowserPane"));
        audit("authorize step, waiting without a browser");
        clickOn("#cancelAttemptButton");
        bed.browserOpener(null);
        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        next();
        waitUntil("the confirm step shows", () -> step() == 3);
        audit("confirm step");
        clickOn("#cancelButton");
        waitUntil("the question shows", () -> visible("#discardPane"));
        audit("confirm step, asking before discarding");
        clickOn("#keepTokenButton");

        accountsWindow();
        assertThat(problems).as("layout problems").isEmpty();
    }

    private void accountsWindow() throws Exception {
        FxToolkit.cleanupStages();
        try (AccountsTestBed accounts = new AccountsTestBed(new InMemorySecretStore(SecretStore.Status.AVAILABLE), Duration.ofSeconds(60))) {
            showAndAudit(accounts);
            FxToolkit.cleanupStages();
        }
    }

    private void showAndAudit(AccountsTestBed accounts) throws Exception {
        {
            accounts.saveLogin(ScriptedBrowser.alice(), Scopes.of("read", "write:statuses"), "nightly backup");
            onPrimaryStage(stage -> accounts.show(stage, language));
            String alice = accounts.acct("alice");
            waitUntil("the card says valid", () -> accounts.window().view().controller().cards().stream()
                    .anyMatch(c -> c.saved().acct().equals(alice) && c.state() == AccountCheck.State.VALID));
            audit("accounts window");
            clickOn("#revokeButton");
            waitUntil("the revoke question shows", () -> lookup("#confirmPane").query().isVisible());
            audit("accounts window, asking before revoking");
        }
    }

    /** Checks the window at its minimum and its default size (and the focus once, at the default size). */
    private void audit(String where) {
        Stage stage = on(() -> FxToolkit.toolkitContext().getRegisteredStage());
        double[][] sizes = {{stage.getMinWidth(), stage.getMinHeight()}, {WizardWindow.DEFAULT_WIDTH, WizardWindow.DEFAULT_HEIGHT}};
        for (double[] size : sizes) {
            fx(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String context = language + " " + (int) size[0] + "×" + (int) size[1] + " " + where + ": ";
            Scene scene = stage.getScene();
            on(() -> LayoutAudit.cutOff(scene)).forEach(p -> problems.add(context + p));
            if (language.getLanguage().equals("en") && size[0] == WizardWindow.DEFAULT_WIDTH) {
                LayoutAudit.withoutFocusIndicator(scene, () -> pressTab(scene), this::on)
                        .forEach(p -> problems.add(context + p));
            }
        }
    }

    /**
     * Tab through the robot, as a person types it, and returns once the scene has handled its release (the
     * focus moved on the press): TestFX's {@code push} would sleep about 100 ms per key instead.
     */
    private void pressTab(Scene scene) {
        CountDownLatch released = new CountDownLatch(1);
        EventHandler<KeyEvent> filter = e -> {
            if (e.getCode() == KeyCode.TAB) {
                released.countDown();
            }
        };
        on(() -> {
            scene.addEventFilter(KeyEvent.KEY_RELEASED, filter);
            return null;
        });
        try {
            robotContext().getBaseRobot().pressKeyboard(KeyCode.TAB);
            robotContext().getBaseRobot().releaseKeyboard(KeyCode.TAB);
            if (!released.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the window did not get the Tab key within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            on(() -> {
                scene.removeEventFilter(KeyEvent.KEY_RELEASED, filter);
                return null;
            });
        }
    }
}
