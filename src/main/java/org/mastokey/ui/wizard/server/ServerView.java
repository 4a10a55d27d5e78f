package org.mastokey.ui.wizard.server;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mastokey.ui.Texts;
import org.mastokey.ui.Visibility;
import org.mastokey.ui.wizard.ScrollablePage;

/**
 * The server step's page as nodes: title, keychain and demo notes, the address field with recent servers,
 * the wait, the error and the server's preview card. Layout only; {@link ServerStep} gives it its behaviour.
 * <p>
 * Built in code rather than FXML, unlike the later steps: this is the page the first frame shows, and
 * leaving FXMLLoader (its classes and reflection) out of the wait for it is part of the first frame's
 * time (packaging/bench-startup). The ids and style classes are the ones an FXML file would give.
 */
public final class ServerView {
    final TextField addressField = withId(new TextField(), "addressField");
    final HBox keychainBanner = withId(new HBox(), "keychainBanner");
    final Label keychainBannerText = withId(wrapping(), "keychainBannerText");
    final Label demoHint = withId(wrapping("banner"), "demoHint");
    final FlowPane recentBox = withId(new FlowPane(6, 2), "recentBox");
    final HBox progressBox = withId(new HBox(10), "progressBox");
    final Label progressText = withId(wrapping(), "progressText");
    final Button cancelDiscoveryButton = withId(new Button(), "cancelDiscoveryButton");
    final Label errorText = withId(wrapping("error-text"), "errorText");
    final HBox previewCard = withId(new HBox(14), "previewCard");
    final ImageView thumbnail = withId(new ImageView(), "thumbnail");
    final Label serverTitle = withId(wrapping("title-4"), "serverTitle");
    final Label serverSoftware = withId(new Label(), "serverSoftware");
    final Label serverDescription = withId(wrapping(), "serverDescription");
    final FlowPane capabilityChips = withId(new FlowPane(6, 4), "capabilityChips");
    private final VBox root = new VBox(12);
    private final Label subtitle = wrapping("hint");
    private final List<Node> laterParts;

    public ServerView(Texts texts) {
        Label title = wrapping("step-title");
        title.setText(texts.get("server.title"));
        subtitle.setText(texts.get("server.subtitle"));

        hidden(keychainBanner).getStyleClass().add("banner");
        keychainBannerText.setAccessibleText(texts.get("server.keychainBanner.accessible"));
        keychainBanner.getChildren().add(keychainBannerText);

        addressField.setPromptText(texts.get("server.address.prompt"));
        addressField.setAccessibleText(texts.get("server.address.accessible"));

        Label recent = new Label(texts.get("server.recent"));
        recent.getStyleClass().add("hint");
        recent.setMinWidth(Region.USE_PREF_SIZE);
        recentBox.setAlignment(Pos.CENTER_LEFT);
        recentBox.getChildren().add(recent);

        root.getChildren().addAll(title, subtitle, hidden(demoHint), addressField, recentBox);
        laterParts = List.of(hidden(progress(texts)), hidden(errorText), hidden(previewCard(texts)));
    }

    /**
     * Adds the parts that start hidden (keychain note, wait, error, preview), once: the first CSS pass made
     * their skins (the spinner's among them) although nothing showed them, and that pass is what the first
     * frame waits for (bench-startup: 50-70 ms less CPU time to the first frame without them). The wizard adds them
     * right after the first frame; {@link #show} adds them before showing one, should it come first.
     */
    public void addLaterParts() {
        if (keychainBanner.getParent() != null) {
            return;
        }
        root.getChildren().add(root.getChildren().indexOf(subtitle) + 1, keychainBanner);
        root.getChildren().addAll(laterParts);
        ScrollablePage.keepWrappedTextWhole(root);
    }

    /** Shows or hides a part of the page, adding the later parts first when one of them is to be shown. */
    void show(Node part, boolean visible) {
        if (visible && (part == keychainBanner || laterParts.contains(part))) {
            addLaterParts();
        }
        Visibility.show(part, visible);
    }

    /** The page's root node, for the wizard's frame. */
    public Parent root() {
        return root;
    }

    private HBox progress(Texts texts) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        spinner.setAccessibleText(texts.get("progress.accessible"));
        HBox.setHgrow(progressText, Priority.ALWAYS);
        progressText.setMaxWidth(Double.POSITIVE_INFINITY);
        cancelDiscoveryButton.setText(texts.get("progress.cancel"));
        cancelDiscoveryButton.getStyleClass().add("small");
        cancelDiscoveryButton.setMinWidth(Region.USE_PREF_SIZE);
        cancelDiscoveryButton.setAccessibleText(texts.get("server.cancel.accessible"));
        progressBox.setAlignment(Pos.CENTER_LEFT);
        progressBox.getChildren().addAll(spinner, progressText, cancelDiscoveryButton);
        return progressBox;
    }

    private HBox previewCard(Texts texts) {
        thumbnail.setFitWidth(120);
        thumbnail.setFitHeight(68);
        thumbnail.setPreserveRatio(true);
        thumbnail.setAccessibleText(texts.get("server.thumbnail.accessible"));
        serverSoftware.getStyleClass().add("hint");
        serverDescription.setMaxHeight(60);
        VBox details = new VBox(4, serverTitle, serverSoftware, serverDescription, capabilityChips);
        HBox.setHgrow(details, Priority.ALWAYS);
        previewCard.getStyleClass().add("card");
        previewCard.setAccessibleText(texts.get("server.preview.accessible"));
        previewCard.getChildren().addAll(thumbnail, details);
        return previewCard;
    }

    private static Label wrapping(String... styleClasses) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    private static <T extends Node> T hidden(T node) {
        Visibility.show(node, false);
        return node;
    }

    private static <T extends Node> T withId(T node, String id) {
        node.setId(id);
        return node;
    }
}
