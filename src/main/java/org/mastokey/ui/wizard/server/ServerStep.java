package org.mastokey.ui.wizard.server;

import static org.mastokey.ui.Visibility.show;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.mastokey.ui.RemotePicture;
import org.mastokey.keystore.SecretStore;
import org.mastokey.server.Capabilities;
import org.mastokey.server.ServerInfo;
import org.mastokey.ui.Focus;
import org.mastokey.ui.ServerHistory;
import org.mastokey.ui.Texts;
import org.mastokey.ui.wizard.WizardModel;
import org.mastokey.ui.wizard.WizardServices;
import org.mastokey.ui.wizard.WizardStep;

/** Step 1: where the account lives. Discovers the server as the user types and previews it. */
public final class ServerStep implements WizardStep {
    static final Duration DEBOUNCE = Duration.millis(400);

    private final WizardModel model;
    private final WizardServices services;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Task<ServerInfo> discovery;
    private Runnable proceedWhenFound;

    @FXML
    private TextField addressField;
    @FXML
    private HBox keychainBanner;
    @FXML
    private Label keychainBannerText;
    @FXML
    private Label demoHint;
    @FXML
    private FlowPane recentBox;
    @FXML
    private HBox progressBox;
    @FXML
    private Label progressText;
    @FXML
    private Label errorText;
    @FXML
    private HBox previewCard;
    @FXML
    private ImageView thumbnail;
    @FXML
    private Label serverTitle;
    @FXML
    private Label serverSoftware;
    @FXML
    private Label serverDescription;
    @FXML
    private FlowPane capabilityChips;

    public ServerStep(WizardModel model, WizardServices services) {
        this.model = model;
        this.services = services;
    }

    @FXML
    private void initialize() {
        addressField.setText(model.addressProperty().get());
        model.addressProperty().bind(addressField.textProperty());
        addressField.textProperty().addListener((obs, old, text) -> typed());
        // A handler (not onAction), so that an unconsumed Enter still reaches the default button.
        addressField.addEventHandler(ActionEvent.ACTION, e -> {
            if (model.serverProperty().get() == null) {
                e.consume();
                discoverNow();
            }
        });
        debounce.setOnFinished(e -> discoverNow());
        services.demoHint().ifPresent(hint -> {
            demoHint.setText(hint);
            show(demoHint, true);
        });
        model.keychainStatusProperty().addListener((obs, old, status) -> showKeychainStatus(status));
        showKeychainStatus(model.keychainStatusProperty().get());
        for (String recent : services.history().recent()) {
            Hyperlink link = new Hyperlink(recent);
            link.setMinWidth(Hyperlink.USE_PREF_SIZE);
            link.setAccessibleText(services.texts().get("server.recent.accessible", recent));
            link.setOnAction(e -> addressField.setText(recent));
            recentBox.getChildren().add(link);
        }
        show(recentBox, recentBox.getChildren().size() > 1);
        if (!addressField.getText().isBlank()) {
            debounce.playFromStart();
        }
    }

    private void showKeychainStatus(SecretStore.Status status) {
        boolean unusable = status != null && !status.isUsable();
        if (unusable) {
            keychainBannerText.setText(services.texts().get(status == SecretStore.Status.LOCKED
                    ? "server.keychainBanner.locked" : "server.keychainBanner.unavailable"));
        }
        show(keychainBanner, unusable);
    }

    private void typed() {
        cancelDiscovery();
        model.serverProperty().set(null);
        show(previewCard, false);
        show(errorText, false);
        if (addressField.getText().isBlank()) {
            debounce.stop();
        } else {
            debounce.playFromStart();
        }
    }

    private void discoverNow() {
        debounce.stop();
        String typed = addressField.getText().trim();
        if (typed.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        progressText.setText(services.texts().get("server.progress", typed));
        show(progressBox, true);
        discovery = services.background().run(() -> services.flow().discover(typed), this::found, this::failed);
    }

    private void found(ServerInfo info) {
        finishWaiting();
        model.serverProperty().set(info);
        showPreview(info);
        Runnable proceed = proceedWhenFound;
        proceedWhenFound = null;
        if (proceed != null) {
            proceed.run();
        }
    }

    private void failed(Throwable e) {
        finishWaiting();
        proceedWhenFound = null;
        errorText.setText(services.errors().describe(e));
        show(errorText, true);
    }

    private void finishWaiting() {
        busy.set(false);
        discovery = null;
        show(progressBox, false);
    }

    @FXML
    private void cancelDiscovery() {
        debounce.stop();
        proceedWhenFound = null;
        if (discovery != null) {
            discovery.cancel();
        }
        finishWaiting();
    }

    private void showPreview(ServerInfo info) {
        serverTitle.setText(info.title() == null || info.title().isBlank() ? info.domain() : info.title());
        String version = info.software().version().isBlank() ? "" : " " + info.software().version();
        serverSoftware.setText(services.texts().get("server.preview.software", info.domain(), info.software().name() + version));
        serverDescription.setText(info.description() == null ? "" : info.description());
        RemotePicture.show(thumbnail, info.thumbnailUri().orElse(null), services.flow()::picture, services.background(), 0);
        show(thumbnail, info.thumbnail() != null);
        capabilityChips.getChildren().setAll(CapabilityChips.of(info.capabilities(), services.texts()));
        previewCard.setAccessibleText(services.texts().get("server.preview.accessible.filled", serverTitle.getText(), serverSoftware.getText()));
        show(previewCard, true);
    }

    @Override
    public ObservableBooleanValue ready() {
        return Bindings.createBooleanBinding(() -> !addressField.getText().isBlank() && !busy.get(),
                addressField.textProperty(), busy);
    }

    @Override
    public ObservableStringValue nextLabel() {
        return new SimpleStringProperty(services.texts().get("wizard.next"));
    }

    @Override
    public void entered() {
        Focus.whenShown(addressField);
    }

    /** Next before discovery finished (or after an error): discover now, move on when it succeeds. */
    @Override
    public void next(Runnable proceed) {
        if (model.serverProperty().get() != null) {
            services.history().remember(ServerHistory.canonical(addressField.getText()));
            proceed.run();
            return;
        }
        proceedWhenFound = () -> {
            services.history().remember(ServerHistory.canonical(addressField.getText()));
            proceed.run();
        };
        discoverNow();
    }

    @Override
    public boolean cancelRunning() {
        if (busy.get()) {
            cancelDiscovery();
            return true;
        }
        return false;
    }

    @Override
    public void abandoned() {
        cancelDiscovery();
    }

    /**
     * The chips under the preview: each names a way to get a token that the user can choose, and whether this
     * server offers it. Browser sign-in works everywhere (a fixed loopback port where the server compares
     * redirect URIs exactly), so it is always on; protocol details such as PKCE are not the user's choice.
     */
    static final class CapabilityChips {
        /** {@code key}: the message key of the chip's text. */
        record Chip(String key, boolean on) {
        }

        private CapabilityChips() {
        }

        static List<Chip> entries(Capabilities c) {
            return List.of(new Chip("server.cap.loopback", true), new Chip("server.cap.oob", c.oob()),
                    new Chip("server.cap.appOnly", c.clientCredentials()));
        }

        static List<Label> of(Capabilities c, Texts texts) {
            return entries(c).stream().map(entry -> chip(texts.get(entry.key()), entry.on())).toList();
        }

        private static Label chip(String text, boolean supported) {
            Label chip = new Label((supported ? "✓ " : "✗ ") + text);
            chip.getStyleClass().add("chip");
            if (!supported) {
                chip.getStyleClass().add("off");
            }
            chip.setAccessibleText(text + (supported ? " ✓" : " ✗"));
            return chip;
        }
    }
}
