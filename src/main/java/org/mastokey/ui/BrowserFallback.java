package org.mastokey.ui;

import java.net.URI;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What shows when no web browser could be opened: it says so, shows the sign-in address with a Copy
 * button (to open it by hand, here or on another device) and offers the other ways of signing in the
 * place has. Shared by the wizard and the saved accounts, wherever a browser is opened.
 */
public final class BrowserFallback {
    private final Texts texts;
    private final VBox root = new VBox(8);
    private final Label message = new Label();
    private final TextField link = new TextField();
    private final Button copy = new Button();
    private final Label copied = new Label();
    private final FlowPane alternatives = new FlowPane(8, 8);

    public BrowserFallback(Texts texts) {
        this.texts = texts;
        root.setId("noBrowserPane");
        root.getStyleClass().add("banner");
        message.setId("noBrowserMessage");
        message.setWrapText(true);
        link.setId("noBrowserLink");
        link.setEditable(false);
        link.getStyleClass().addAll("code", "long-value"); // an address longer than any window: copied, not read
        link.setAccessibleText(texts.get("browser.unavailable.link.accessible"));
        HBox.setHgrow(link, Priority.ALWAYS);
        copy.setId("noBrowserCopy");
        copy.setText(texts.get("browser.unavailable.copy"));
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setAccessibleText(texts.get("browser.unavailable.copy.accessible"));
        copy.setOnAction(e -> copyLink());
        copied.setId("noBrowserCopied");
        copied.getStyleClass().add("hint");
        copied.setWrapText(true);
        HBox linkRow = new HBox(6, link, copy);
        linkRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(message, linkRow, copied, alternatives);
        hide();
    }

    public Node root() {
        return root;
    }

    /** Adds a way to sign in without a browser being opened for it (shown under the link). */
    public Button addAlternative(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        alternatives.getChildren().add(button);
        return button;
    }

    /** No browser came up for {@code uri}: say so and offer it. */
    public void show(URI uri, String explanation) {
        message.setText(texts.get("browser.unavailable") + " " + explanation);
        link.setText(uri.toString());
        show(copied, false);
        show(alternatives, alternatives.getChildren().stream().anyMatch(Node::isManaged));
        Visibility.show(root, true);
    }

    public void hide() {
        Visibility.show(root, false);
    }

    public boolean isShowing() {
        return root.isVisible();
    }

    private void copyLink() {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, link.getText()));
        copied.setText(texts.get("browser.unavailable.copied"));
        show(copied, true);
    }

    private static void show(Node node, boolean visible) {
        Visibility.show(node, visible);
    }
}
