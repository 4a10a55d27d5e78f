package org.mastokey.ui.wizard.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;
import org.mastokey.ui.wizard.WizardRobot;
import org.mastokey.ui.wizard.WizardTestBed;

/**
 * Issue 13 item 6: WebKit paints a page's unstyled form controls with JavaFX controls that live inside
 * the WebView, so the app's dark theme reached them (dark fields, the page's black text on them). A page
 * must look as in a browser whatever the app's theme.
 */
class EmbeddedSignInThemeTest extends WizardRobot {
    /** A field and a button without author styles, as on snac's and GoToSocial's sign-in pages; a magenta frame tells when they are painted. */
    private static final String UNSTYLED_FORM = "document.body.insertAdjacentHTML('afterbegin',"
            + " '<div id=frame style=\"background:#ff00ff;padding:10px\"><input id=plain value=\"\"> <input type=button id=plainButton value=\" \" style=\"width:160px\"></div>')";

    @Test
    void inDarkModeAPagesFormControlsArePaintedAsInLightMode() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        toAuthorizeStep();
        Color[] light = paintedControls();

        clickOn("#backButton");
        waitUntil("back on the scopes step", () -> step() == 1);
        clickOn("#themeToggle");
        assertThat(on(() -> ((ToggleButton) node("#themeToggle")).isSelected())).as("dark mode").isTrue();
        next();
        waitUntil("the authorize step shows", () -> step() == 2);
        Color[] dark = paintedControls();

        assertThat(light[0].getBrightness()).as("a field in light mode (%s)", light[0]).isGreaterThan(0.9);
        assertThat(dark[0]).as("a field's background in dark mode").isEqualTo(light[0]);
        assertThat(dark[1]).as("a button's background in dark mode").isEqualTo(light[1]);
        assertThat(on(() -> engine().executeScript("getComputedStyle(document.getElementById('plain')).color")))
                .as("the page's own text colour for the field").isEqualTo("rgb(0, 0, 0)");
    }

    /** snac 2.38's sign-in page: two fields and a submit button, no style of its own. */
    private static final String SNAC_LOGIN = "<!DOCTYPE html><body><h1>OAuth identify</h1><form method=post action=/x>"
            + "<p>Login: <input type=text name=login></p><p>Password: <input type=password name=passwd></p>"
            + "<input type=submit value=OK></form><p>snac/2.38</p></body>";

    /**
     * WebKit adds the JavaFX control it paints a form field with while it paints, at times after the
     * pulse's CSS pass; painted before it had a skin, snac's fields and OK button stayed invisible until
     * clicked (about one first load in six under Xvfb). Every control must be skinned when it is added.
     */
    @Test
    void onAFirstLoadEveryFormControlHasItsSkinWhenWebKitAddsIt() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            List<String> unskinned = new ArrayList<>();
            List<Control> added = new ArrayList<>();
            WebView view = on(() -> {
                WebView fresh = new WebView();
                LightFormControls.applyTo(fresh);
                fresh.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
                    while (change.next()) {
                        for (Node node : change.getAddedSubList()) {
                            if (node instanceof Control control) {
                                added.add(control);
                                if (control.getSkin() == null) {
                                    unskinned.add(control.getClass().getSimpleName());
                                }
                            }
                        }
                    }
                });
                return fresh;
            });
            Stage stage = on(() -> {
                Stage own = new Stage();
                own.setScene(new Scene(new StackPane(view), 500, 300));
                own.show();
                view.getEngine().loadContent(SNAC_LOGIN);
                return own;
            });
            try {
                waitUntil("the page loads", () -> view.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED);
                waitUntil("WebKit painted two fields and a button", () -> added.size() >= 3);
                assertThat(unskinned).as("controls without a skin when added (attempt %d)", attempt).isEmpty();
            } finally {
                fx(stage::close);
            }
        }
    }

    /** Opens the embedded sign-in, adds unstyled controls to the page and reads what is painted inside them. */
    private Color[] paintedControls() {
        openEmbeddedSignIn();
        fx(() -> engine().executeScript(UNSTYLED_FORM));
        double[] field = rect("plain");
        double[] button = rect("plainButton");
        double[] frame = rect("frame");
        waitUntil("the added controls are painted", () -> Color.MAGENTA.equals(pixels().getColor((int) frame[0] + 3, (int) frame[1] + 3)));
        return on(() -> {
            PixelReader painted = pixels();
            int y = (int) (field[1] + field[3] / 2);
            return new Color[] {
                painted.getColor((int) (field[0] + field[2] * 0.75), y),
                painted.getColor((int) (button[0] + 6), (int) (button[1] + button[3] / 2)),
            };
        });
    }

    private double[] rect(String id) {
        String rect = (String) on(() -> engine().executeScript("var r = document.getElementById('" + id
                + "').getBoundingClientRect(); r.left + ',' + r.top + ',' + r.width + ',' + r.height"));
        String[] parts = rect.split(",");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
            Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
    }

    private PixelReader pixels() {
        return ((WebView) node("#signInWebView")).snapshot(null, null).getPixelReader();
    }
}
