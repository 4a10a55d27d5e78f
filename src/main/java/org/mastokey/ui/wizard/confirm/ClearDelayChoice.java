package org.mastokey.ui.wizard.confirm;

import java.time.Duration;
import java.util.TreeSet;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;
import org.mastokey.ui.ClipboardGuard;
import org.mastokey.ui.Texts;

/** How long a copied token stays on the clipboard, chosen next to the copy buttons (the app remembers it). */
final class ClearDelayChoice {
    private static final long[] SECONDS = {15, 30, 60, 120, 300};

    private ClearDelayChoice() {
    }

    static void attach(ChoiceBox<Duration> choice, ClipboardGuard clipboard, Texts texts) {
        TreeSet<Duration> delays = new TreeSet<>();
        for (long seconds : SECONDS) {
            delays.add(Duration.ofSeconds(seconds));
        }
        delays.add(clipboard.clearAfter());
        choice.getItems().setAll(delays);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration delay) {
                return delay == null ? "" : texts.get("confirm.clearAfter.seconds", delay.toSeconds());
            }

            @Override
            public Duration fromString(String text) {
                throw new UnsupportedOperationException("the choice is not editable");
            }
        });
        choice.valueProperty().bindBidirectional(clipboard.clearAfterProperty());
    }
}
