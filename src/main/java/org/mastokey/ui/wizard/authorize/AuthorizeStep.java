package org.mastokey.ui.wizard.authorize;

import static org.mastokey.ui.Visibility.show;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.mastokey.account.Login;
import org.mastokey.account.PendingLogin;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.server.ServerInfo;
import org.mastokey.ui.BrowserFallback;
import org.mastokey.ui.WindowFront;
import org.mastokey.ui.wizard.AuthorizeMethod;
import org.mastokey.ui.wizard.WizardModel;
import org.mastokey.ui.wizard.WizardServices;
import org.mastokey.ui.wizard.WizardStep;

/**
 * Step 3: getting the token, one of four ways. Next is the step's main action ("Sign in", then
 * "Continue" with a pasted code); on success the wizard moves on by itself. Every wait can be cancelled.
 */
public final class AuthorizeStep implements WizardStep {
    enum Phase { CHOOSING, WORKING, WAITING_FOR_BROWSER, SIGNING_IN_HERE, AWAITING_CODE }

    private final WizardModel model;
    private final WizardServices services;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.CHOOSING);
    private final Attempts attempts;
    private final BrowserWait browserWait;
    private final BrowserFallback noBrowser;
    private Button pasteInstead;
    private PendingLogin pending;
    private InWindowSignIn signIn;
    private PastedCodeEntry codeEntry;
    private Runnable proceed;

    @FXML private ToggleGroup methods;
    @FXML private RadioButton browserMethod;
    @FXML private RadioButton webViewMethod;
    @FXML private RadioButton pasteMethod;
    @FXML private RadioButton appOnlyMethod;
    @FXML private Label subtitle;
    @FXML private Label browserDescription;
    @FXML private CheckBox forceLogin;
    @FXML private VBox choicePane;
    @FXML private VBox webPane;
    @FXML private Label pageAddress;
    @FXML private StackPane webHolder;
    @FXML private VBox pastePane;
    @FXML private Label pasteInstructions;
    @FXML private TextField codeField;
    @FXML private javafx.scene.control.Label codeLabel;
    @FXML private VBox noBrowserHolder;
    @FXML private HBox progressBox;
    @FXML private Label progressText;
    @FXML private Hyperlink openAgainLink;
    @FXML private Label errorText;

    public AuthorizeStep(WizardModel model, WizardServices services) {
        this.model = model;
        this.services = services;
        this.attempts = new Attempts(services.background());
        this.browserWait = new BrowserWait(services, attempts);
        this.noBrowser = new BrowserFallback(services.texts());
    }

    @Override
    public void connect() {
        Map.of(browserMethod, AuthorizeMethod.SYSTEM_BROWSER, webViewMethod, AuthorizeMethod.WEB_VIEW,
                pasteMethod, AuthorizeMethod.PASTE_CODE, appOnlyMethod, AuthorizeMethod.APP_ONLY)
                .forEach(RadioButton::setUserData);
        methods.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.methodProperty().set((AuthorizeMethod) now.getUserData());
            }
        });
        forceLogin.disableProperty().bind(appOnlyMethod.selectedProperty());
        codeLabel.setLabelFor(codeField);
        codeEntry = new PastedCodeEntry(codeField, this::submitCode);
        signIn = new InWindowSignIn(pageAddress, webHolder, services.texts().get("authorize.web.refused"));
        noBrowserHolder.getChildren().add(noBrowser.root());
        noBrowser.addAlternative("noBrowserWebView", services.texts().get("browser.unavailable.webView"), () -> switchTo(webViewMethod));
        pasteInstead = noBrowser.addAlternative("noBrowserPaste", services.texts().get("browser.unavailable.pasteCode"),
                () -> switchTo(pasteMethod));
        phase.addListener((obs, old, now) -> layoutFor(now));
        layoutFor(phase.get());
    }

    @Override
    public void entered() {
        reset();
        model.clearResult();
        ServerInfo server = model.serverProperty().get();
        if (server == null) {
            return;
        }
        String host = server.address().displayName();
        subtitle.setText(services.texts().get("authorize.subtitle", host));
        browserDescription.setText(services.texts().get("authorize.method.browser.description", host));
        pasteMethod.setDisable(!server.capabilities().oob());
        appOnlyMethod.setDisable(!server.capabilities().clientCredentials());
        if (methods.getSelectedToggle() == null || ((RadioButton) methods.getSelectedToggle()).isDisabled()) {
            browserMethod.setSelected(true);
        }
    }

    @Override
    public ObservableBooleanValue ready() {
        return Bindings.createBooleanBinding(() -> switch (phase.get()) {
            case CHOOSING -> methods.getSelectedToggle() != null;
            case AWAITING_CODE -> !codeField.getText().isBlank();
            default -> false;
        }, phase, methods.selectedToggleProperty(), codeField.textProperty());
    }

    @Override
    public ObservableStringValue nextLabel() {
        return Bindings.createStringBinding(() -> services.texts().get(
                phase.get() == Phase.AWAITING_CODE ? "authorize.next.continue"
                        : appOnlyMethod.isSelected() ? "authorize.next.appOnly" : "authorize.next.signIn"),
                phase, methods.selectedToggleProperty());
    }

    @Override
    public void next(Runnable proceed) {
        this.proceed = proceed;
        if (phase.get() == Phase.AWAITING_CODE) {
            submitCode();
        } else if (phase.get() == Phase.CHOOSING) {
            begin();
        }
    }

    private void begin() {
        ServerInfo server = model.serverProperty().get();
        AuthorizeMethod method = model.methodProperty().get();
        attempts.abandon();
        show(errorText, false);
        String host = server.address().displayName();
        if (method == AuthorizeMethod.APP_ONLY) {
            working(services.texts().get("authorize.progress.appOnly", host));
            attempts.run(() -> services.flow().appOnlyToken(server, model.scopesProperty().get()),
                    token -> succeeded(null, token), e -> failed(e));
            return;
        }
        AuthorizeMode mode = method == AuthorizeMethod.PASTE_CODE ? AuthorizeMode.OOB : AuthorizeMode.LOOPBACK;
        working(services.texts().get("authorize.progress.preparing", host));
        boolean force = forceLogin.isSelected();
        attempts.run(() -> services.flow().start(server, model.scopesProperty().get(), mode, force, services.language()),
                started -> started(started, method), e -> failed(e));
    }

    private void started(PendingLogin started, AuthorizeMethod method) {
        pending = started;
        switch (method) {
            case WEB_VIEW -> signInHere();
            case PASTE_CODE -> {
                phase.set(Phase.AWAITING_CODE);
                browserWait.open(pending, this::noBrowserForCode);
                codeEntry.expect();
            }
            default -> waitForBrowser();
        }
    }

    private void waitForBrowser() {
        phase.set(Phase.WAITING_FOR_BROWSER);
        String server = pending.server().address().displayName();
        progressText.setText(services.texts().get("authorize.progress.browser", server));
        // A denial without state (Hollo) cannot end the wait by itself, but the person learns of it at once.
        PendingLogin waiting = pending;
        waiting.onUnmatchedDenial(denied -> Platform.runLater(() -> {
            if (pending == waiting && phase.get() == Phase.WAITING_FOR_BROWSER) {
                progressText.setText(services.texts().get("authorize.progress.deniedWithoutState", server));
            }
        }));
        browserWait.start(pending, login -> {
            WindowFront.raise(choicePane);
            succeeded(login, login.token());
        }, e -> failed(e), this::noBrowserForLoopback);
    }

    private void noBrowserForLoopback(URI page) {
        progressText.setText(services.texts().get("authorize.progress.noBrowser", pending.server().address().displayName()));
        show(pasteInstead, pasteMethod.isVisible() && !pasteMethod.isDisabled());
        noBrowser.show(page, services.texts().get("browser.unavailable.loopback"));
    }

    private void noBrowserForCode(URI page) {
        show(pasteInstructions, false);
        show(pasteInstead, false);
        noBrowser.show(page, services.texts().get("browser.unavailable.paste"));
    }

    /** From the no-browser box: start over with another way. */
    private void switchTo(RadioButton method) {
        reset();
        method.setSelected(true);
        begin();
    }

    private void signInHere() {
        signIn.open(pending, attempts.forCurrent(this::finishWith),
                attempts.forCurrent(host -> failed(services.texts().get("authorize.web.loadFailed", host))));
        phase.set(Phase.SIGNING_IN_HERE);
    }

    @FXML
    private void continueInBrowser() {
        signIn.close();
        if (pending != null && pending.receiver().isPresent()) {
            waitForBrowser();
        }
    }

    private void submitCode() {
        if (pending == null) {
            return;
        }
        codeEntry.read().ifPresentOrElse(pasted -> {
            show(errorText, false);
            finishWith(pasted);
        }, () -> {
            errorText.setText(services.texts().get("error.pastedCode"));
            show(errorText, true);
        });
    }

    private void finishWith(CallbackResult result) {
        PendingLogin finishing = pending;
        signIn.close();
        working(services.texts().get("authorize.progress.finishing", finishing.server().address().displayName()));
        attempts.run(() -> services.flow().finish(finishing, result), login -> succeeded(login, login.token()), e -> failed(e));
    }

    private void succeeded(Login login, AccessToken token) {
        closePending();
        attempts.finished();
        model.loginProperty().set(login);
        model.tokenProperty().set(token);
        phase.set(Phase.CHOOSING);
        Runnable then = proceed;
        proceed = null;
        if (then != null) {
            then.run();
        }
    }

    private void failed(Throwable e) {
        failed(services.errors().describe(e));
    }

    private void failed(String message) {
        reset();
        errorText.setText(message);
        show(errorText, true);
    }

    private void working(String message) {
        progressText.setText(message);
        phase.set(Phase.WORKING);
    }

    @FXML
    private void openAgain() {
        browserWait.open(pending, phase.get() == Phase.AWAITING_CODE ? this::noBrowserForCode : this::noBrowserForLoopback);
    }

    @FXML
    private void copyLink() {
        if (pending != null) {
            Clipboard.getSystemClipboard().setContent(
                    Map.of(DataFormat.PLAIN_TEXT, pending.authorizeUri().toString()));
        }
    }

    @FXML
    private void cancelAttempt() {
        reset();
    }

    /** Stops whatever runs and shows the choice again; a late answer of the old attempt is ignored. */
    private void reset() {
        attempts.abandon();
        signIn.close();
        closePending();
        proceed = null;
        show(errorText, false);
        noBrowser.hide();
        show(pasteInstructions, true);
        phase.set(Phase.CHOOSING);
    }

    private void closePending() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
    }

    private void layoutFor(Phase now) {
        show(choicePane, now == Phase.CHOOSING);
        show(webPane, now == Phase.SIGNING_IN_HERE);
        show(pastePane, now == Phase.AWAITING_CODE);
        show(progressBox, now == Phase.WORKING || now == Phase.WAITING_FOR_BROWSER);
        show(openAgainLink, now == Phase.WAITING_FOR_BROWSER);
    }

    /** The attempt in progress (tests look at its loopback receiver). */
    Optional<PendingLogin> pendingLogin() {
        return Optional.ofNullable(pending);
    }

    @Override
    public boolean cancelRunning() {
        if (phase.get() != Phase.CHOOSING) {
            reset();
            return true;
        }
        return false;
    }

    @Override
    public void abandoned() {
        reset();
    }
}
