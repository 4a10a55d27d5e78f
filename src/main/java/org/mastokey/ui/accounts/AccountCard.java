package org.mastokey.ui.accounts;

import static org.mastokey.ui.Visibility.show;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mastokey.account.AccountActions;
import org.mastokey.account.AccountCheck;
import org.mastokey.account.Login;
import org.mastokey.account.SavedAccount;
import org.mastokey.account.TokenRotation;
import org.mastokey.server.ServerInfo;
import org.mastokey.ui.BrowserFallback;
import org.mastokey.ui.Texts;
import org.mastokey.ui.WindowFront;

/**
 * One saved account: who, where, which scopes, since when, what the server says about the token, and
 * what can be done with it. Destructive actions ask first, inline; every wait shows what happens and
 * the browser wait can be cancelled. A late answer of an abandoned action is ignored.
 */
public final class AccountCard {
    private static final String APP_ONLY_PREFIX = "app-only@";

    private final AccountsServices services;
    private final Texts texts;
    private final StatusTexts statusTexts;
    private final Removal onRemoved;
    private SavedAccount saved;
    private AccountCheck.State state;
    private int operation;
    private int checkRun;
    private BrowserSignIn signIn;
    private TokenRotation rotation;
    private CardFeedback feedback;

    @FXML private VBox cardRoot;
    @FXML private AccountSummary summaryController;
    @FXML private TextField noteField;
    @FXML private Button saveNoteButton;
    @FXML private HBox actionBar;
    @FXML private Button reauthorizeButton;
    @FXML private Button rotateButton;
    @FXML private Button verifyButton;
    @FXML private HBox confirmPane;
    @FXML private Label confirmText;
    @FXML private Button confirmButton;
    @FXML private HBox busyPane;
    @FXML private Label busyText;
    @FXML private Button cancelBusyButton;
    @FXML private Label message;
    @FXML private TextField execLine;

    /** Told when the card's account is gone: revoked (the outcome wanted), or deleted here but still valid there. */
    interface Removal {
        void removed(AccountCard card, String message, boolean stillValidOnServer);
    }

    AccountCard(SavedAccount saved, AccountsServices services, Removal onRemoved) {
        this.saved = saved;
        this.services = services;
        this.texts = services.texts();
        this.statusTexts = new StatusTexts(services);
        this.onRemoved = onRemoved;
    }

    @FXML
    private void initialize() {
        cardRoot.setUserData(saved.acct());
        summaryController.use(services, statusTexts);
        showAccount();
        noteField.setText(saved.note());
        saveNoteButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> noteField.isDisabled() || noteField.getText().strip().equals(saved.note() == null ? "" : saved.note().strip()),
                noteField.textProperty(), noteField.disabledProperty()));
        noteField.setOnAction(e -> saveNote());
        feedback = new CardFeedback(confirmPane, confirmText, confirmButton, busyPane, busyText, cancelBusyButton, message,
                new org.mastokey.ui.BrowserFallback(texts), new org.mastokey.ui.CopyCountdown(message, texts), actionBar, noteField);
        showState(null);
        execLine.setText(execCommand(saved.acct()));
    }

    /** How a script runs a command with this account's token in its environment only ({@code mastokey exec}). */
    static String execCommand(String acct) {
        return "mastokey exec " + acct + " -- COMMAND";
    }

    @FXML
    private void copyExec() {
        services.clipboard().copyText(execLine.getText());
        say(texts.get("accounts.exec.copied"), false);
    }

    private void showAccount() {
        cardRoot.setAccessibleText(summaryController.showAccount(saved, host()));
    }

    public Node root() {
        return cardRoot;
    }

    public SavedAccount saved() {
        return saved;
    }

    /** The last check's result; null while checking. */
    public AccountCheck.State state() {
        return state;
    }

    /** Asks the server about the token, in the background. */
    @FXML
    void check() {
        int run = ++checkRun;
        showState(null);
        verifyButton.setDisable(true); // the chip says "Checking…" until the answer
        services.background().run(() -> services.actions().check(saved), check -> {
            if (run == checkRun) {
                checked(check);
            }
        }, e -> {
            if (run == checkRun) {
                verifyButton.setDisable(false);
                showState(AccountCheck.State.FAILED);
                failed(e);
            }
        });
    }

    private void checked(AccountCheck check) {
        verifyButton.setDisable(false);
        showState(check.state());
        summaryController.showCheck(saved, check, host());
    }

    private void showState(AccountCheck.State now) {
        state = now;
        summaryController.showState(now);
        boolean revoked = now == AccountCheck.State.REVOKED;
        // App-only tokens (saved by "mastokey login --app-only") have no user to sign in as.
        boolean appOnly = saved.acct().startsWith(APP_ONLY_PREFIX);
        show(reauthorizeButton, revoked && !appOnly);
        show(rotateButton, !revoked && !appOnly);
    }

    @FXML
    private void copy() {
        int op = ++operation;
        services.background().run(() -> services.actions().token(saved), token -> onCurrent(op, () -> {
            signIn = null;
            feedback.copied(services.clipboard().copySecret(token.reveal()), "accounts.copied");
        }), e -> onCurrent(op, () -> failed(e)));
    }

    @FXML
    private void saveNote() {
        String note = noteField.getText().strip();
        int op = ++operation;
        services.background().run(() -> services.actions().setNote(saved, note), updated -> onCurrent(op, () -> {
            updated.ifPresent(account -> saved = account);
            noteField.setText(saved.note());
            say(texts.get("accounts.note.saved"), false);
        }), e -> onCurrent(op, () -> failed(e)));
    }

    @FXML
    private void revoke() {
        confirm(texts.get("accounts.confirm.revoke", saved.acct(), host()), texts.get("accounts.revoke"), true, () -> {
            int op = busy(texts.get("accounts.progress.revoking", host()), false);
            services.background().run(() -> services.actions().revoke(saved),
                    outcome -> onCurrent(op, () -> onRemoved.removed(this, texts.get(switch (outcome) {
                        case REVOKED -> "accounts.revoked";
                        case WAS_ALREADY_INVALID -> "accounts.revoked.alreadyInvalid";
                        case REVOKED_WITHOUT_ANSWER -> "accounts.revoked.withoutAnswer";
                    }, saved.acct(), host()), false)),
                    e -> onCurrent(op, () -> say(statusTexts.revokeFailure(e, host()), true)));
        });
    }

    @FXML
    private void delete() {
        confirm(texts.get("accounts.confirm.delete", saved.acct(), host()), texts.get("accounts.delete"), true, () -> {
            int op = busy(texts.get("accounts.progress.deleting"), false);
            services.background().run(() -> services.actions().deleteLocally(saved),
                    gone -> onCurrent(op, () -> onRemoved.removed(this, texts.get("accounts.deleted", saved.acct(), host()), true)),
                    e -> onCurrent(op, () -> failed(e)));
        });
    }

    /**
     * A working token: a new one with the same scopes, verified, swapped in; then the old one revoked.
     * Says so, and that the browser will open, before it opens.
     */
    @FXML
    private void rotate() {
        confirm(texts.get("accounts.confirm.rotate", saved.acct(), host()), texts.get("accounts.rotate.go"), false, this::startRotation);
    }

    private void startRotation() {
        int op = busy(texts.get("accounts.progress.preparing", host()), true);
        services.background().run(() -> services.actions().startRotation(saved), started -> onCurrent(op, () -> {
            rotation = started;
            signIn(started.server(), started.saved(), login -> {
                busy(op, texts.get("accounts.progress.saving"), false);
                services.background().run(() -> started.complete(login), result -> onCurrent(op, () -> {
                    rotation = null;
                    saved = result.account();
                    showAccount();
                    say(result.oldTokenWasAlreadyInvalid() ? texts.get("accounts.rotated.oldGone")
                            : result.oldTokenRevoked() ? texts.get("accounts.rotated")
                            : texts.get("accounts.rotated.oldKept", describe(result.oldTokenFailure().get()), host()),
                            !result.oldTokenRevoked());
                    check();
                }), e -> onCurrent(op, () -> rotationFailed(e)));
            }, e -> rotationFailed(e));
        }), e -> onCurrent(op, () -> say(texts.get("accounts.rotate.failed", describe(e)), true)));
    }

    private void rotationFailed(Throwable e) {
        abandonRotation();
        say(texts.get("accounts.rotate.failed", describe(e)), true);
    }

    /** A revoked token: one click to authorize again with the same scopes; the note is kept. */
    @FXML
    private void reauthorize() {
        int op = busy(texts.get("accounts.progress.preparing", host()), true);
        services.background().run(() -> services.actions().flow().discover(saved.server().toString()),
                server -> onCurrent(op, () -> signIn(server, saved, login -> {
                    busy(op, texts.get("accounts.progress.saving"), false);
                    services.background().run(() -> services.actions().reauthorized(saved, login), account -> onCurrent(op, () -> {
                        saved = account;
                        showAccount();
                        say(texts.get("accounts.reauthorized"), false);
                        check();
                    }), e -> onCurrent(op, () -> say(texts.get("accounts.reauthorize.failed", describe(e)), true)));
                }, e -> say(texts.get("accounts.reauthorize.failed", describe(e)), true))),
                e -> onCurrent(op, () -> say(texts.get("accounts.reauthorize.failed", describe(e)), true)));
    }

    private void signIn(ServerInfo server, SavedAccount account, Consumer<Login> onLogin,
                        Consumer<Throwable> onFailure) {
        int op = operation;
        signIn = new BrowserSignIn(services);
        signIn.start(server, account.scopes(),
                () -> onCurrent(op, () -> busy(op, texts.get("accounts.progress.browser", host()), true)),
                page -> onCurrent(op, () -> feedback.noBrowser(page, texts.get("browser.unavailable.accounts"))),
                login -> onCurrent(op, () -> {
                    WindowFront.raise(cardRoot);
                    onLogin.accept(login);
                }),
                e -> onCurrent(op, () -> onFailure.accept(e)));
    }

    @FXML
    private void cancelBusy() {
        stop();
        feedback.idle();
    }

    /** Stops a running sign-in (the view is going away, or the user cancelled). */
    void stop() {
        operation++;
        if (signIn != null) {
            signIn.cancel();
            signIn = null;
        }
        abandonRotation();
    }

    private void abandonRotation() {
        TokenRotation abandoned = rotation;
        rotation = null;
        if (abandoned != null) {
            services.background().run(() -> {
                abandoned.abandon();
                return abandoned;
            }, done -> { }, e -> { });
        }
    }

    private void confirm(String question, String action, boolean destructive, Runnable onConfirm) {
        feedback.confirm(question, action, destructive, onConfirm);
    }

    @FXML
    private void onConfirm() {
        feedback.confirmed();
    }

    @FXML
    private void closeConfirm() {
        feedback.closeConfirm();
    }

    private int busy(String what, boolean cancellable) {
        int op = ++operation;
        busy(op, what, cancellable);
        return op;
    }

    private void busy(int op, String what, boolean cancellable) {
        if (op == operation) {
            feedback.busy(what, cancellable);
        }
    }

    private void say(String text, boolean error) {
        signIn = null;
        feedback.say(text, error);
    }

    private void failed(Throwable e) {
        say(texts.get("accounts.failed", describe(e)), true);
    }

    private String describe(Throwable e) {
        return statusTexts.failure(e, host());
    }

    private String host() {
        return AccountSummary.host(saved);
    }

    private void onCurrent(int op, Runnable action) {
        if (op == operation) {
            action.run();
        }
    }
}
