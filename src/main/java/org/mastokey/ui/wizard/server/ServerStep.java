package org.mastokey.ui.wizard.server;

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
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
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

    private final ServerView view;

    public ServerStep(WizardModel model, WizardServices services, ServerView view) {
        this.model = model;
        this.services = services;
        this.view = view;
        view.cancelDiscoveryButton.setOnAction(e -> cancelDiscovery());
        view.addressField.setText(model.addressProperty().get());
        model.addressProperty().bind(view.addressField.textProperty());
        view.addressField.textProperty().addListener((obs, old, text) -> typed());
        // A handler (not onAction), so that an unconsumed Enter still reaches the default button.
        view.addressField.addEventHandler(ActionEvent.ACTION, e -> {
            if (model.serverProperty().get() == null) {
                e.consume();
                discoverNow();
            }
        });
        debounce.setOnFinished(e -> discoverNow());
        services.demoHint().ifPresent(hint -> {
            view.demoHint.setText(hint);
            view.show(view.demoHint, true);
        });
        model.keychainStatusProperty().addListener((obs, old, status) -> showKeychainStatus(status));
        showKeychainStatus(model.keychainStatusProperty().get());
        for (String recent : services.history().recent()) {
            Hyperlink link = new Hyperlink(recent);
            link.setMinWidth(Hyperlink.USE_PREF_SIZE);
            link.setAccessibleText(services.texts().get("server.recent.accessible", recent));
            link.setOnAction(e -> view.addressField.setText(recent));
            view.recentBox.getChildren().add(link);
        }
        view.show(view.recentBox, view.recentBox.getChildren().size() > 1);
        if (!view.addressField.getText().isBlank()) {
            debounce.playFromStart();
        }
    }

    private void showKeychainStatus(SecretStore.Status status) {
        boolean unusable = status != null && !status.isUsable();
        if (unusable) {
            view.keychainBannerText.setText(services.texts().get(status == SecretStore.Status.LOCKED
                    ? "server.keychainBanner.locked" : "server.keychainBanner.unavailable"));
        }
        view.show(view.keychainBanner, unusable);
    }

    private void typed() {
        cancelDiscovery();
        model.serverProperty().set(null);
        view.show(view.previewCard, false);
        view.show(view.errorText, false);
        if (view.addressField.getText().isBlank()) {
            debounce.stop();
        } else {
            debounce.playFromStart();
        }
    }

    private void discoverNow() {
        debounce.stop();
        String typed = view.addressField.getText().trim();
        if (typed.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        view.progressText.setText(services.texts().get("server.progress", typed));
        view.show(view.progressBox, true);
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
        view.errorText.setText(services.errors().describe(e));
        view.show(view.errorText, true);
    }

    private void finishWaiting() {
        busy.set(false);
        discovery = null;
        view.show(view.progressBox, false);
    }

    private void cancelDiscovery() {
        debounce.stop();
        proceedWhenFound = null;
        if (discovery != null) {
            discovery.cancel();
        }
        finishWaiting();
    }

    private void showPreview(ServerInfo info) {
        view.serverTitle.setText(info.title() == null || info.title().isBlank() ? info.domain() : info.title());
        String version = info.software().version().isBlank() ? "" : " " + info.software().version();
        view.serverSoftware.setText(services.texts().get("server.preview.software", info.domain(), info.software().name() + version));
        view.serverDescription.setText(info.description() == null ? "" : info.description());
        RemotePicture.show(view.thumbnail, info.thumbnailUri().orElse(null), services.flow()::picture, services.background(), 0);
        view.show(view.thumbnail, info.thumbnail() != null);
        view.capabilityChips.getChildren().setAll(CapabilityChips.of(info.capabilities(), services.texts()));
        view.previewCard.setAccessibleText(services.texts().get("server.preview.accessible.filled", view.serverTitle.getText(), view.serverSoftware.getText()));
        view.show(view.previewCard, true);
    }

    @Override
    public ObservableBooleanValue ready() {
        return Bindings.createBooleanBinding(() -> !view.addressField.getText().isBlank() && !busy.get(),
                view.addressField.textProperty(), busy);
    }

    @Override
    public ObservableStringValue nextLabel() {
        return new SimpleStringProperty(services.texts().get("wizard.next"));
    }

    @Override
    public void entered() {
        Focus.whenShown(view.addressField);
    }

    /** Next before discovery finished (or after an error): discover now, move on when it succeeds. */
    @Override
    public void next(Runnable proceed) {
        if (model.serverProperty().get() != null) {
            services.history().remember(ServerHistory.canonical(view.addressField.getText()));
            proceed.run();
            return;
        }
        proceedWhenFound = () -> {
            services.history().remember(ServerHistory.canonical(view.addressField.getText()));
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
