package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.CheckBox;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;

/** What the wizard says when the server, the sign-in or the keychain fails. */
class WizardErrorsTest extends WizardRobot {

    @Test
    void nothingAnsweringAtTheAddressSaysSoNextToTheField() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        typeAddress("http://127.0.0.1:" + closedPort);
        waitUntil("an error shows", () -> !errorShown().isEmpty());
        assertThat(errorShown()).startsWith("The computer at 127.0.0.1:").contains("refused the connection").doesNotContain("Exception");
        assertThat(visible("#previewCard")).isFalse();
        assertThat(step()).isZero();
    }

    /** The fake server has no Misskey personality yet: a two-document NodeInfo look-alike over real HTTP. */
    @Test
    void aMisskeyServerIsNamedAndDeclined() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        HttpServer misskey = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + misskey.getAddress().getPort();
        misskey.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = switch (path) {
                case "/.well-known/nodeinfo" -> "{\"links\":[{\"rel\":\"http://nodeinfo.diaspora.software/ns/schema/2.1\",\"href\":\""
                        + base + "/nodeinfo/2.1\"}]}";
                case "/nodeinfo/2.1" -> "{\"version\":\"2.1\",\"software\":{\"name\":\"misskey\",\"version\":\"2025.1.0\"}}";
                default -> null;
            };
            byte[] bytes = (body == null ? "{\"error\":\"not found\"}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        misskey.start();
        try {
            typeAddress(base);
            waitUntil("an error shows", () -> !errorShown().isEmpty());
        } finally {
            misskey.stop(0);
        }
        assertThat(errorShown()).contains("is a misskey server").contains("Mastodon API");
        assertThat(node("#previewCard").isVisible()).isFalse();
        assertThat(step()).isZero();
    }

    @Test
    void enterDiscoversAtOnceAndEnterAgainGoesOn() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        clickOn("#addressField").write(bed.address()).type(KeyCode.ENTER);
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        type(KeyCode.ENTER);
        waitUntil("the scopes step shows", () -> step() == 1);
        type(KeyCode.ESCAPE);
        assertThat(bed.exits).containsExactly("cancelled");
    }

    @Test
    void enterKeepsGoingForwardOnTheNextStepsAndNeverFlipsTheTheme() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        clickOn("#addressField").write(bed.address()).type(KeyCode.ENTER);
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        type(KeyCode.ENTER);
        waitUntil("the scopes step shows", () -> step() == 1);
        assertThat(on(() -> bed.window().scene().getFocusOwner().getId())).isNotEqualTo("themeToggle");
        type(KeyCode.ENTER);
        waitUntil("the authorize step shows", () -> step() == 2);
        assertThat(on(() -> bed.window().darkProperty().get())).isFalse();
    }

    @Test
    void withoutAKeychainTheBannerWarnsFirstAndTheTokenCanStillBeCopied() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.UNAVAILABLE)));
        waitUntil("the keychain banner shows", () -> visible("#keychainBanner"));
        assertThat(text("#keychainBannerText")).contains("this session only").contains("can still be copied");
        bed.browserDoes(ScriptedBrowser.alice()::openInBackground);
        toAuthorizeStep();
        next();
        waitUntil("the confirm step shows", () -> step() == 3);
        assertThat(on(() -> ((CheckBox) node("#saveCheck")).isDisabled())).isTrue();
        assertThat(on(() -> ((CheckBox) node("#saveCheck")).isSelected())).isFalse();
        assertThat(text("#saveStatus")).contains("session only");
        clickOn("#copyAsButton");
        clickOn("Authorization header");
        String token = on(() -> bed.model.tokenProperty().get().value().reveal());
        assertThat(on(() -> Clipboard.getSystemClipboard().getString())).isEqualTo("Authorization: Bearer " + token);
        assertThat(text("#copyStatus")).isEqualTo("Authorization header copied. The clipboard will be cleared in 60 s.");
        assertThat(text("#nextButton")).isEqualTo("Finish");
        next();
        assertThat(bed.exits).containsExactly("finished");
    }
}
