package org.mastokey.ui.wizard.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mastokey.account.PendingLogin;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.keystore.SecretStore;
import org.mastokey.oauth.LoopbackReceiver;
import org.mastokey.ui.InMemorySecretStore;
import org.mastokey.ui.wizard.WizardRobot;
import org.mastokey.ui.wizard.WizardTestBed;

/** The embedded sign-in window: real WebView, real fake server, real loopback receiver. */
class EmbeddedSignInSecurityTest extends WizardRobot {

    @BeforeEach
    void openSignIn() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        toAuthorizeStep();
        openEmbeddedSignIn();
    }

    @Test
    void theRedirectIsInterceptedBeforeAnyRequestReachesTheLoopbackReceiver() {
        LoopbackReceiver receiver = on(() -> authorizeStep().pendingLogin().flatMap(PendingLogin::receiver)).orElseThrow();
        signInAsAlice();
        fx(() -> engine().executeScript("document.getElementById('authorize').click();"));

        waitUntil("the confirm step shows", () -> step() == 3);
        assertThat(text("#acct")).isEqualTo("@alice@" + bed.server.domain());
        assertThat(receiver.requestsReceived()).as("requests that reached the redirect URI's listener").isZero();
    }

    @Test
    void eachAttemptStartsWithAnEmptyCookieStore() {
        signInAsAlice();
        fx(() -> authorizeStep().cancelRunning());
        waitUntil("the choice shows again", () -> visible("#webViewMethod"));
        openEmbeddedSignIn();
        assertThat(on(() -> engine().executeScript("document.getElementById('authorize') == null"))).isEqualTo(true);
        assertThat(on(() -> engine().executeScript("document.getElementById('password') != null"))).isEqualTo(true);
    }

    @Test
    void noJavaObjectIsVisibleToThePagesJavaScript() {
        assertThat(on(() -> engine().executeScript("typeof window.java"))).isEqualTo("undefined");
        assertThat(on(() -> engine().executeScript(
                "Object.getOwnPropertyNames(window).filter(n => /java|mastokey|bridge|upcall/i.test(n)).join(',')")))
                .isEqualTo("");
    }

    @Test
    void fileAndJavascriptLinksAreRefusedWithAMessageAndTheSignInStays() {
        assertThat(visible("#signInRefused")).isFalse();
        for (String href : List.of("file:///etc/passwd", "javascript:document.body.innerHTML='replaced'")) {
            fx(() -> engine().executeScript("var a = document.createElement('a');"
                    + "a.href = \"" + href + "\"; a.textContent = 'x'; document.body.appendChild(a); a.click();"));
            waitUntil("the refusal is shown for " + href, () -> visible("#signInRefused"));
            assertThat(text("#signInRefused")).contains("not a web page");
            assertSignInFormStillThere();
            fx(() -> node("#signInRefused").setVisible(false));
        }
    }

    @Test
    void scriptedNavigationsToFileDataAndOtherSchemesNeverLeaveTheSignIn() {
        // WebKit drops these before any Java hook sees them (no location change, no load event), so
        // no message can be shown; what matters is that the sign-in page stays.
        for (String target : List.of("file:///etc/passwd", "data:text/html,<h1>data</h1>", "jar:file:///x.jar!/a.html",
                "mastokey-test://x/y")) {
            fx(() -> engine().executeScript("location.href='" + target + "'"));
            assertSignInFormStillThere();
        }
    }

    @Test
    void popUpsAreRefused() {
        assertThat(on(() -> engine().executeScript("window.open('" + bed.address() + "') === null"))).isEqualTo(true);
        assertSignInFormStillThere();
    }

    private void assertSignInFormStillThere() {
        pageEventsRunOut();
        assertThat(on(() -> engine().executeScript("document.getElementById('password') != null"))).isEqualTo(true);
        assertThat(on(() -> engine().getLocation())).startsWith(bed.address());
        assertThat(step()).isEqualTo(2);
    }

    /**
     * Returns once the page's timers have run past what the last script or click scheduled (WebKit starts
     * a scheduled navigation on a zero-delay timer, before this later one). The flag lives in the page's
     * window: had the page been replaced, it never turns true and the wait fails.
     */
    private void pageEventsRunOut() {
        fx(() -> engine().executeScript("window.settledMarker = false; setTimeout(() => { window.settledMarker = true; }, 50);"));
        waitUntil("the page ran its timers", () -> Boolean.TRUE.equals(engine().executeScript("window.settledMarker === true")));
    }

    private AuthorizeStep authorizeStep() {
        return (AuthorizeStep) bed.window().wizard().shell().currentStep();
    }
}
