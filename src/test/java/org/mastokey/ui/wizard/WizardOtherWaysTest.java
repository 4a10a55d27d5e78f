package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;

/** The embedded sign-in window, the pasted code and the app-only token, end to end. */
class WizardOtherWaysTest extends WizardRobot {

    @Test
    void signsInInsideTheEmbeddedWindowAndNeverShowsTheRedirect() throws Exception {
        openTheSignInPageHere();
        assertThat(text("#pageAddress")).isEqualTo(bed.server.baseUri().toString());
        List<String> locations = new CopyOnWriteArrayList<>();
        fx(() -> engine().locationProperty().addListener((obs, old, now) -> locations.add(now)));
        signInAsAlice();
        fx(() -> engine().executeScript("document.getElementById('authorize').click();"));

        waitUntil("the confirm step shows", () -> step() == 3);
        assertThat(text("#acct")).isEqualTo("@alice@" + bed.server.domain());
        assertThat(bed.openedInBrowser).isEmpty();
        // The loopback redirect was recognised as navigation started and never became a page on screen.
        assertThat(locations).anySatisfy(l -> assertThat(l).contains("/callback?code="));
        assertThat(lookup("#signInWebView").tryQuery()).isEmpty();
    }

    @Test
    void theSignInPageFitsTheWindowAndTheWheelScrollsItsContent() throws Exception {
        openTheSignInPageHere();
        signInAsAlice();

        ScrollPane page = on(() -> {
            Node n = node("#signInWebView");
            while (!(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            return (ScrollPane) n;
        });
        assertThat(on(() -> page.getContent().getLayoutBounds().getHeight()))
                .as("the step does not scroll around the sign-in page: one scroll bar, the page's own")
                .isLessThanOrEqualTo(on(() -> page.getViewportBounds().getHeight()) + 1);
        assertThat(((Number) on(() -> engine().executeScript("document.documentElement.scrollHeight - window.innerHeight"))).intValue())
                .as("the consent page is taller than the space it has here").isPositive();
        // Monocle's robot wheel does not reach WebKit; the event a wheel turn makes, given to the view, does.
        fx(() -> {
            Node view = node("#signInWebView");
            double x = view.getLayoutBounds().getWidth() / 2;
            double y = view.getLayoutBounds().getHeight() / 2;
            Point2D screen = view.localToScreen(x, y);
            Event.fireEvent(view, new ScrollEvent(ScrollEvent.SCROLL,
                    x, y, screen.getX(), screen.getY(), false, false, false, false, false, false, 0, -120, 0, -120,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        waitUntil("the wheel scrolled the page", () -> ((Number) engine().executeScript("window.scrollY")).intValue() > 0);
    }

    @Test
    void theEmbeddedSignInCanBeHandedToTheSystemBrowser() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        toAuthorizeStep();
        openEmbeddedSignIn();
        clickOn("#continueInBrowser");
        waitUntil("the confirm step shows", () -> step() == 3);
        assertThat(bed.openedInBrowser).hasSize(1);
        assertThat(text("#acct")).isEqualTo("@alice@" + bed.server.domain());
    }

    @Test
    void pastedCodeFinishesTheSignIn() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        toAuthorizeStep();
        choose("#pasteMethod");
        next();
        waitUntil("the code field shows", () -> visible("#codeField"));
        assertThat(on(() -> ((javafx.scene.control.Label) node("#codeLabel")).getLabelFor())).as("the field has a label that stays")
                .isSameAs(node("#codeField"));
        assertThat(visible("#codeLabel")).isTrue();
        waitUntil("the browser was asked to open the page", () -> !bed.openedInBrowser.isEmpty()); // it opens alongside
        assertThat(bed.openedInBrowser).hasSize(1);
        URI opened = bed.openedInBrowser.get(0);
        assertThat(opened.getQuery()).contains("redirect_uri=urn:ietf:wg:oauth:2.0:oob");
        String code = ScriptedBrowser.alice().openInBackground(opened).get(20, TimeUnit.SECONDS).code().orElseThrow();
        assertThat(text("#nextButton")).isEqualTo("Continue");
        clickOn("#codeField").write(code).type(KeyCode.ENTER);
        waitUntil("the confirm step shows", () -> step() == 3);
        assertThat(text("#acct")).isEqualTo("@alice@" + bed.server.domain());
    }

    @Test
    void aMistypedCodeIsRefusedWithAMessage() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        toAuthorizeStep();
        choose("#pasteMethod");
        next();
        waitUntil("the code field shows", () -> visible("#codeField"));
        fx(() -> ((TextField) node("#codeField")).setText("thisIsNotTheCode123"));
        next();
        waitUntil("an error shows", () -> !errorShown().isEmpty());
        assertThat(errorShown()).contains("did not accept that code");
        assertThat(step()).isEqualTo(2);
    }

    @Test
    void appOnlyTokenNeedsNoAccountAndIsNotOfferedForSaving() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        toAuthorizeStep();
        choose("#appOnlyMethod");
        assertThat(text("#nextButton")).isEqualTo("Get token");
        next();
        waitUntil("the confirm step shows", () -> step() == 3);
        assertThat(text("#title")).isEqualTo("Here is your app-only token");
        assertThat(on(() -> bed.model.loginProperty().get())).isNull();
        assertThat(on(() -> bed.model.tokenProperty().get())).isNotNull();
        assertThat(on(() -> ((CheckBox) node("#saveCheck")).isDisabled())).isTrue();
        assertThat(text("#nextButton")).isEqualTo("Finish");
        assertThat(bed.openedInBrowser).isEmpty();
    }

    /** Server → Scopes → Authorize "In a Mastokey window" → the demo's sign-in page in the WebView. */
    private void openTheSignInPageHere() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        toAuthorizeStep();
        openEmbeddedSignIn();
    }
}
