package org.mastokey.ui.accounts;

import static org.mastokey.ui.Visibility.show;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

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
    private final Region[] actions;
    private Runnable confirmed;

    CardFeedback(HBox confirmPane, Label confirmText, Button confirmButton, HBox busyPane, Label busyText,
                 Button cancelBusyButton, Label message, Region... actions) {
        this.confirmPane = confirmPane;
        this.confirmText = confirmText;
        this.confirmButton = confirmButton;
        this.busyPane = busyPane;
        this.busyText = busyText;
        this.cancelBusyButton = cancelBusyButton;
        this.message = message;
        this.actions = actions;
        show(confirmPane, false);
        show(busyPane, false);
        show(message, false);
    }

    void confirm(String question, String action, Runnable onConfirm) {
        confirmText.setText(question);
        confirmButton.setText(action);
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
        show(confirmPane, false);
        enableActions(true);
    }

    void busy(String what, boolean cancellable) {
        busyText.setText(what);
        show(cancelBusyButton, cancellable);
        show(busyPane, true);
        show(message, false);
        enableActions(false);
    }

    void idle() {
        show(busyPane, false);
        enableActions(true);
    }

    void say(String text, boolean error) {
        idle();
        message.setText(text);
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
