package org.mastokey.ui;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.mastokey.keystore.ApprovalWait;

/**
 * While a keychain's own dialog waits for the person (KeePassXC's access request), says so over the app's
 * window ("KeePassXC is asking you to allow Mastokey"): whatever the window shows, the wizard or the
 * saved accounts, it is waiting for that answer. The keychain thread reports; the notice lives on the FX thread.
 */
public final class KeychainApprovalNotice implements ApprovalWait {
    private Window owner;
    private Texts texts;
    private Popup popup;
    private Label text;
    private String pending;

    /** The window to show the notice over; call on the FX thread once it exists. */
    public void attach(Window owner, Texts texts) {
        this.owner = owner;
        this.texts = texts;
        owner.showingProperty().addListener((obs, was, now) -> {
            if (now && pending != null) {
                show(pending);
            }
        });
        // the notice floats over the window: it follows when the window moves or changes its width
        javafx.beans.InvalidationListener follow = obs -> place();
        owner.xProperty().addListener(follow);
        owner.yProperty().addListener(follow);
        owner.widthProperty().addListener(follow);
        if (pending != null) {
            show(pending);
        }
    }

    @Override
    public void asking(String provider) {
        Platform.runLater(() -> show(provider));
    }

    @Override
    public void over() {
        Platform.runLater(this::hide);
    }

    /** The notice's words while it shows, else null (for tests). */
    public String showing() {
        return popup != null && popup.isShowing() ? text.getText() : null;
    }

    private void show(String provider) {
        pending = provider;
        if (owner == null || !owner.isShowing()) {
            return;
        }
        if (popup == null) {
            text = new Label();
            text.setWrapText(true);
            text.setMaxWidth(420);
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(18, 18);
            HBox box = new HBox(10, spinner, text);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("keychain-approval-notice");
            box.setStyle("-fx-padding: 12 16; -fx-background-color: -color-bg-default, -color-bg-subtle;"
                    + " -fx-background-insets: 0, 1; -fx-background-radius: 6; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 12, 0, 0, 2);");
            popup = new Popup();
            popup.getContent().add(box);
            popup.setAutoHide(false);
        }
        text.setText(texts.get("keychain.approval.asking", provider));
        popup.show(owner);
        place();
    }

    private void place() {
        if (popup != null && popup.isShowing()) {
            popup.setX(owner.getX() + Math.max(0, (owner.getWidth() - popup.getWidth()) / 2));
            popup.setY(owner.getY() + Math.min(72, owner.getHeight() / 4));
        }
    }

    private void hide() {
        pending = null;
        if (popup != null) {
            popup.hide();
        }
    }
}
