package org.mastokey.ui.accounts;

import static org.mastokey.ui.Visibility.show;

import java.net.URI;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mastokey.ui.BrowserFallback;
import org.mastokey.ui.CopiedSecret;
import org.mastokey.ui.CopyCountdown;

/**
 * The lower part of a card that talks back: the inline "are you sure?" bar, the progress line with
 * its Cancel, and the result sentence. While one of the first two shows, the card's actions are disabled.
 */
final class CardFeedback {
    private final HBox confirmPane;
    private final Label confirmText;
    private final Button confirmButton;
    private final HBox busyPane;
    private final Label busyText;
    private final Button cancelBusyButton;
    private final Label message;
    private final BrowserFallback noBrowser;
    private final CopyCountdown copyCountdown;
    private final Region[] actions;
    private Runnable confirmed;

    CardFeedback(HBox confirmPane, Label confirmText, Button confirmButton, HBox busyPane, Label busyText,
                 Button cancelBusyButton, Label message, BrowserFallback noBrowser, CopyCountdown copyCountdown, Region... actions) {
        this.confirmPane = confirmPane;
        this.confirmText = confirmText;
        this.confirmButton = confirmButton;
        this.busyPane = busyPane;
        this.busyText = busyText;
        this.cancelBusyButton = cancelBusyButton;
        this.message = message;
        this.noBrowser = noBrowser;
        this.copyCountdown = copyCountdown;
        this.actions = actions;
        // Under the progress line, so that the wait and its Cancel stay where they were.
        VBox card = (VBox) busyPane.getParent();
        card.getChildren().add(card.getChildren().indexOf(busyPane) + 1, noBrowser.root());
        show(confirmPane, false);
        show(busyPane, false);
        show(message, false);
    }

    /** Asks inline; a destructive action gets the red button, another one (rotate) the accent one. */
    void confirm(String question, String action, boolean destructive, Runnable onConfirm) {
        copyCountdown.detach();
        confirmText.setText(question);
        confirmButton.setText(action);
        confirmButton.getStyleClass().removeAll("danger", "accent");
        confirmButton.getStyleClass().add(destructive ? "danger" : "accent");
        confirmed = onConfirm;
        show(message, false);
        show(confirmPane, true);
        enableActions(false);
        confirmButton.requestFocus();
    }

    /** The confirm button was pressed: runs what was asked for. */
    void confirmed() {
        Runnable action = confirmed;
        closeConfirm();
        if (action != null) {
            action.run();
        }
    }

    void closeConfirm() {
        confirmed = null;
        boolean hadFocus = focusIsAdrift(confirmPane);
        show(confirmPane, false);
        enableActions(true);
        keepFocusOnCard(hadFocus);
    }

    void busy(String what, boolean cancellable) {
        copyCountdown.detach();
        busyText.setText(what);
        show(cancelBusyButton, cancellable);
        show(busyPane, true);
        show(message, false);
        enableActions(false);
    }

    /** No browser came up for the sign-in: offer its address (the wait goes on). */
    void noBrowser(URI page, String explanation) {
        noBrowser.show(page, explanation);
    }

    void idle() {
        boolean hadFocus = focusIsAdrift(busyPane) || focusIsAdrift(noBrowser.root());
        noBrowser.hide();
        show(busyPane, false);
        enableActions(true);
        keepFocusOnCard(hadFocus);
    }

    /**
     * The focus is in {@code pane} (about to hide), or JavaFX already passed it on to the window's Close
     * while the card's buttons were disabled during the wait.
     */
    private static boolean focusIsAdrift(javafx.scene.Node pane) {
        if (pane.getScene() == null) {
            return false;
        }
        javafx.scene.Node owner = pane.getScene().getFocusOwner();
        if (owner == null || "closeButton".equals(owner.getId())) {
            return true;
        }
        for (javafx.scene.Node n = owner; n != null; n = n.getParent()) {
            if (n == pane) {
                return true;
            }
        }
        return false;
    }

    /**
     * The focused Cancel or confirm button just hid; JavaFX would pass the focus on to the window's Close,
     * where Enter closes the window. The card's first action takes it instead.
     */
    private void keepFocusOnCard(boolean hadFocus) {
        if (!hadFocus) {
            return;
        }
        for (Region region : actions) {
            if (region instanceof javafx.scene.layout.Pane pane) {
                for (javafx.scene.Node child : pane.getChildren()) {
                    if (child instanceof javafx.scene.control.Button button && button.isVisible() && !button.isDisabled()) {
                        button.requestFocus();
                        return;
                    }
                }
            }
        }
    }

    void say(String text, boolean error) {
        say(error);
        message.setText(text);
    }

    /** The token went to the clipboard: the message counts down until it is cleared. */
    void copied(CopiedSecret copy, String countingKey) {
        say(false);
        copyCountdown.show(copy, countingKey);
    }

    private void say(boolean error) {
        idle();
        copyCountdown.detach();
        message.getStyleClass().removeAll("error-text", "success-text");
        message.getStyleClass().add(error ? "error-text" : "success-text");
        show(message, true);
    }

    private void enableActions(boolean enabled) {
        for (Region region : actions) {
            region.setDisable(!enabled);
        }
    }
}
