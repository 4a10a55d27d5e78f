package org.mastokey.ui.wizard.confirm;

import static org.mastokey.ui.Visibility.show;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.mastokey.account.Login;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.net.Secret;
import org.mastokey.ui.Texts;
import org.mastokey.ui.wizard.WizardServices;

/**
 * A token the server issued is owed: leaving the Confirm step (Esc, Back, Cancel, closing the window,
 * Finish without saving or copying) while it is neither saved nor copied asks first, inline —
 * "Keep" stays, "Discard" revokes it on the server and then leaves. A revoke that fails says so and
 * lets the user stay (to save or copy it) or leave anyway, knowing it still works.
 */
final class UnsavedToken {
    private final WizardServices services;
    private final Texts texts;
    private final Pane pane;
    private final Label question;
    private final Button keep;
    private final Button discard;
    private Runnable leave;
    private boolean revokeFailed;

    UnsavedToken(WizardServices services, Pane pane, Label question, Button keep, Button discard) {
        this.services = services;
        this.texts = services.texts();
        this.pane = pane;
        this.question = question;
        this.keep = keep;
        this.discard = discard;
        keep.setOnAction(e -> close());
        discard.setOnAction(e -> discard());
        close();
    }

    /** Asks whether to throw {@code login}'s token away; {@code leaving} runs once it is revoked (or the user insists). */
    void ask(Login login, Runnable leaving) {
        this.leave = leaving;
        revokeFailed = false;
        pane.setUserData(login);
        question.setText(texts.get("confirm.unsaved.question"));
        question.getStyleClass().remove("error-text");
        discard.setText(texts.get("confirm.unsaved.discard"));
        discard.setDisable(false);
        keep.setDisable(false);
        show(pane, true);
        keep.requestFocus();
    }

    boolean isAsking() {
        return pane.isVisible();
    }

    /** "Keep" (or Esc while asking): stay with the token. */
    void close() {
        leave = null;
        show(pane, false);
    }

    private void discard() {
        Runnable leaving = leave;
        Login login = (Login) pane.getUserData();
        if (leaving == null) {
            return;
        }
        if (revokeFailed) {
            close();
            leaving.run();
            return;
        }
        discard.setDisable(true);
        keep.setDisable(true);
        question.setText(texts.get("confirm.unsaved.revoking", login.server().address().displayHost()));
        services.background().run(() -> {
            revokeUnlessSaved(login);
            return login;
        }, done -> {
            close();
            leaving.run();
        }, e -> {
            revokeFailed = true;
            question.setText(texts.get("confirm.unsaved.revokeFailed", services.errors().describe(e)));
            question.getStyleClass().add("error-text");
            discard.setText(texts.get("confirm.unsaved.leaveAnyway"));
            discard.setDisable(false);
            keep.setDisable(false);
            keep.requestFocus();
        });
    }

    /** A server that reuses tokens may have handed out one that is saved already: that one stays. */
    private void revokeUnlessSaved(Login login) {
        Optional<Secret> saved;
        try {
            saved = services.accounts().token(login.account().acct());
        } catch (KeystoreException e) {
            saved = Optional.empty();
        }
        if (saved.isPresent() && saved.get().equals(login.token().value())) {
            return;
        }
        services.flow().revoke(login.app(), login.token().value());
    }
}
