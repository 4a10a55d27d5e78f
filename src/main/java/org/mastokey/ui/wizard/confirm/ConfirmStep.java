package org.mastokey.ui.wizard.confirm;

import static org.mastokey.ui.Visibility.show;

import java.net.URI;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import org.mastokey.ui.RemotePicture;
import org.mastokey.account.Login;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.Scopes;
import org.mastokey.server.ServerInfo;
import org.mastokey.ui.CopyCountdown;
import org.mastokey.ui.KeychainPlace;
import org.mastokey.ui.Texts;
import org.mastokey.ui.wizard.WizardModel;
import org.mastokey.ui.wizard.WizardServices;
import org.mastokey.ui.wizard.WizardStep;

/**
 * Step 4: the account as the server reports it, the token (masked, copyable) and saving it to the
 * keychain. Finish saves first when "Save to keychain" is on, shows the result, then closes on the next press.
 */
public final class ConfirmStep implements WizardStep {
    private static final String MASK = "•".repeat(24);

    enum SaveState { NOT_SAVED, SAVING, SAVED, FAILED }

    private final WizardModel model;
    private final WizardServices services;
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.NOT_SAVED);
    private final BooleanProperty hasAccount = new SimpleBooleanProperty();

    @FXML
    private Label title;
    @FXML
    private ImageView avatar;
    @FXML
    private Label displayName;
    @FXML
    private Label acct;
    @FXML
    private Label serverName;
    @FXML
    private Label grantedScopes;
    @FXML
    private Label scopeDifference;
    @FXML
    private TextField tokenField;
    @FXML
    private ToggleButton revealToggle;
    @FXML
    private Button copyTokenButton;
    @FXML
    private MenuButton copyAsButton;
    @FXML
    private Label clearAfterLabel;
    @FXML
    private ChoiceBox<Duration> clearAfterChoice;
    @FXML
    private Label copyStatus;
    @FXML
    private CheckBox saveCheck;
    @FXML
    private TextField noteField;
    @FXML
    private Label saveStatus;
    @FXML
    private HBox discardPane;
    @FXML
    private Label discardText;
    @FXML
    private Button keepTokenButton;
    @FXML
    private Button discardTokenButton;
    private UnsavedToken unsaved;
    private CopyCountdown copyCountdown;
    /** The token went to the clipboard: it is in the user's hands even if it is not saved. */
    private boolean copied;

    public ConfirmStep(WizardModel model, WizardServices services) {
        this.model = model;
        this.services = services;
    }

    @Override
    public void connect() {
        Texts texts = services.texts();
        copyCountdown = new CopyCountdown(copyStatus, texts);
        // Round, as on the account cards.
        double radius = avatar.getFitWidth() / 2;
        avatar.setClip(new javafx.scene.shape.Circle(radius, radius, radius));
        unsaved = new UnsavedToken(services, discardPane, discardText, keepTokenButton, discardTokenButton);
        tokenField.setEditable(false);
        tokenField.setText(MASK);
        revealToggle.selectedProperty().addListener((obs, old, shown) -> showToken(shown));
        revealToggle.textProperty().bind(Bindings.when(revealToggle.selectedProperty())
                .then(texts.get("confirm.token.hide")).otherwise(texts.get("confirm.token.reveal")));
        org.mastokey.ui.SteadyWidth.fitWidest(revealToggle, texts.get("confirm.token.hide"), texts.get("confirm.token.reveal"));
        copyTokenButton.setOnAction(e -> copy(TokenFormat.TOKEN));
        ClearDelayChoice.attach(clearAfterChoice, services.clipboard(), texts);
        clearAfterLabel.setLabelFor(clearAfterChoice);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> texts.get("confirm.copy.tooltip",
                services.clipboard().clearAfter().toSeconds()), services.clipboard().clearAfterProperty()));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        copyTokenButton.setTooltip(tip);
        for (TokenFormat format : new TokenFormat[] {TokenFormat.HEADER, TokenFormat.CURL, TokenFormat.ENV}) {
            MenuItem item = new MenuItem(texts.get(format.textKey()));
            item.setId("copyAs" + format.name());
            item.setOnAction(e -> copy(format));
            copyAsButton.getItems().add(item);
        }
        Tooltip copyAsTip = new Tooltip();
        copyAsTip.textProperty().bind(tip.textProperty());
        copyAsButton.setTooltip(copyAsTip);
        saveCheck.setSelected(true);
        saveCheck.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !hasAccount.get() || !model.keychainUsable() || saveState.get() == SaveState.SAVED || saveState.get() == SaveState.SAVING,
                hasAccount, model.keychainStatusProperty(), saveState));
        noteField.disableProperty().bind(saveCheck.disableProperty().or(saveCheck.selectedProperty().not()));
    }

    @Override
    public void entered() {
        saveState.set(SaveState.NOT_SAVED);
        copied = false;
        unsaved.close();
        revealToggle.setSelected(false);
        showToken(false);
        copyCountdown.detach();
        show(copyStatus, false);
        AccessToken token = model.tokenProperty().get();
        Login login = model.loginProperty().get();
        ServerInfo server = model.serverProperty().get();
        hasAccount.set(login != null);
        if (login != null) {
            title.setText(services.texts().get("confirm.title"));
            displayName.setText(login.account().displayName() == null || login.account().displayName().isBlank()
                    ? login.account().acct() : login.account().displayName());
            acct.setText("@" + login.account().acct());
            RemotePicture.show(avatar, login.account().avatar(), services.flow()::picture, services.background(), 0);
        } else {
            title.setText(services.texts().get("confirm.title.appOnly"));
            displayName.setText(services.texts().get("confirm.appOnly.name"));
            acct.setText(services.texts().get("confirm.appOnly.detail"));
            avatar.setImage(null);
        }
        serverName.setText(services.texts().get("confirm.server", server == null ? "" : server.address().displayName()));
        showScopes(model.scopesProperty().get(), token == null ? Scopes.of() : token.scopes());
        showSaveNote();
    }

    private void showSaveNote() {
        show(saveStatus, true);
        saveStatus.getStyleClass().removeAll("error-text", "success-text");
        if (!hasAccount.get()) {
            saveCheck.setSelected(false);
            saveStatus.setText(services.texts().get("confirm.save.appOnly"));
        } else if (!model.keychainUsable()) {
            saveCheck.setSelected(false);
            saveStatus.setText(services.texts().get("confirm.save.unavailable"));
            saveStatus.getStyleClass().add("error-text");
        } else {
            saveCheck.setSelected(true);
            // Only this process holds a session-only store: "mastokey token" in a script would not find the token.
            boolean sessionOnly = services.accounts().keychainKind() == org.mastokey.keystore.KeychainKind.SESSION_MEMORY;
            saveStatus.setText(sessionOnly ? services.texts().get("confirm.save.where.session")
                    : services.texts().get("confirm.save.where", keychainPlace()));
        }
    }

    private void showScopes(Scopes chosen, Scopes granted) {
        grantedScopes.setText(granted.isEmpty() ? services.texts().get("scopes.none") : granted.asParameter());
        ScopeComparison comparison = ScopeComparison.of(chosen, granted);
        scopeDifference.setText(comparison.somethingMissing()
                ? services.texts().get("confirm.scopes.differ", chosen.asParameter(), String.join(" ", comparison.missing()))
                : comparison.extra().isEmpty() ? services.texts().get("confirm.scopes.asAsked")
                : services.texts().get("confirm.scopes.alsoGranted", String.join(" ", comparison.extra())));
        scopeDifference.getStyleClass().remove("error-text");
        if (comparison.somethingMissing()) {
            scopeDifference.getStyleClass().add("error-text");
        }
    }

    private void showToken(boolean shown) {
        AccessToken token = model.tokenProperty().get();
        tokenField.setText(shown && token != null ? token.value().reveal() : MASK);
        tokenField.setAccessibleText(services.texts().get(shown ? "confirm.token.accessible.shown" : "confirm.token.accessible.masked"));
    }

    private void copy(TokenFormat format) {
        AccessToken token = model.tokenProperty().get();
        if (token == null) {
            return;
        }
        copyCountdown.show(services.clipboard().copySecret(format.format(token.value(), checkUri())), format.copiedKey());
        copied = true;
        show(copyStatus, true);
    }

    private String keychainPlace() {
        return KeychainPlace.in(services.texts(), services.accounts().keychainKind());
    }

    private URI checkUri() {
        ServerInfo server = model.serverProperty().get();
        String path = model.loginProperty().get() != null ? "/api/v1/accounts/verify_credentials" : "/api/v1/apps/verify_credentials";
        return URI.create(server.apiBase().toString().replaceAll("/+$", "") + path);
    }

    @Override
    public void next(Runnable proceed) {
        if (saveState.get() == SaveState.SAVED) {
            proceed.run();
            return;
        }
        if (saveState.get() == SaveState.FAILED || !saveCheck.isSelected() || saveCheck.isDisabled()) {
            if (mayLeave(proceed)) {
                proceed.run();
            }
            return;
        }
        Login login = model.loginProperty().get();
        String note = noteField.getText() == null ? "" : noteField.getText().trim();
        saveState.set(SaveState.SAVING);
        saveStatus.setText(services.texts().get("confirm.save.saving", keychainPlace()));
        services.background().run(() -> services.accounts().save(login, note), saved -> {
            model.savedProperty().set(saved);
            saveState.set(SaveState.SAVED);
            saveStatus.getStyleClass().setAll("label", "success-text");
            saveStatus.setText(services.texts().get("confirm.save.saved", saved.acct(), keychainPlace()));
        }, e -> {
            saveState.set(SaveState.FAILED);
            saveStatus.getStyleClass().setAll("label", "error-text");
            saveStatus.setText(services.texts().get("confirm.save.failed", services.errors().describe(e)));
        });
    }

    @Override
    public ObservableBooleanValue ready() {
        return Bindings.createBooleanBinding(() -> saveState.get() != SaveState.SAVING, saveState);
    }

    @Override
    public ObservableStringValue nextLabel() {
        return Bindings.createStringBinding(() -> services.texts().get(switch (saveState.get()) {
            case SAVED -> "confirm.next.done";
            case FAILED -> "confirm.next.withoutSaving";
            default -> saveCheck.isSelected() && !saveCheck.isDisabled() ? "confirm.next.saveAndFinish" : "confirm.next.finish";
        }), saveState, saveCheck.selectedProperty(), saveCheck.disabledProperty());
    }

    /** Leaving with a token that is neither saved nor copied asks first (and revokes it on "Discard"). */
    @Override
    public boolean mayLeave(Runnable leave) {
        Login login = model.loginProperty().get();
        if (login == null || saveState.get() == SaveState.SAVED || saveState.get() == SaveState.SAVING || copied) {
            return true;
        }
        unsaved.ask(login, leave);
        return false;
    }

    /** Esc while asking means "Keep". */
    @Override
    public boolean cancelRunning() {
        if (unsaved.isAsking()) {
            unsaved.close();
            return true;
        }
        return false;
    }

    @Override
    public void abandoned() {
        unsaved.close();
        revealToggle.setSelected(false);
    }
}
