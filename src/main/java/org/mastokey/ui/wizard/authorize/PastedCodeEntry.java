package org.mastokey.ui.wizard.authorize;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.TextField;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.InvalidPastedCodeException;
import org.mastokey.oauth.PastedCode;

/** The "paste a code" way: the field the code goes in, and reading what was pasted. */
final class PastedCodeEntry {
    private final TextField field;

    /** @param submit runs on Enter in a non-empty field */
    PastedCodeEntry(TextField field, Runnable submit) {
        this.field = field;
        // A handler (not onAction), so that an unconsumed Enter still reaches the default button.
        field.addEventHandler(ActionEvent.ACTION, e -> {
            if (!isBlank()) {
                e.consume();
                submit.run();
            }
        });
    }

    /** The browser shows the code now: an empty field with the cursor in it. */
    void expect() {
        field.clear();
        field.requestFocus();
    }

    boolean isBlank() {
        return field.getText().isBlank();
    }

    /** The pasted code (or whole redirect address) as a callback result; empty if it is neither. */
    Optional<CallbackResult> read() {
        try {
            return Optional.of(PastedCode.parse(field.getText()));
        } catch (InvalidPastedCodeException e) {
            return Optional.empty();
        }
    }
}
