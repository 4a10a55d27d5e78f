package org.mastokey.ui.wizard.authorize;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.mastokey.account.PendingLogin;
import org.mastokey.oauth.CallbackResult;

/** The "in a Mastokey window" way: the sign-in page in the step, with the host it shows above it. */
final class SignInHere {
    private final Label pageAddress;
    private final StackPane holder;
    private EmbeddedSignIn embedded;

    SignInHere(Label pageAddress, StackPane holder) {
        this.pageAddress = pageAddress;
        this.holder = holder;
    }

    /**
     * @param onResult     the server's redirect came: the code (or the refusal)
     * @param onLoadFailed a page could not be loaded; gets the host it was on
     */
    void open(PendingLogin pending, Consumer<CallbackResult> onResult, Consumer<String> onLoadFailed) {
        close();
        embedded = new EmbeddedSignIn(onResult, location -> onLoadFailed.accept(EmbeddedSignIn.describe(location)));
        pageAddress.setText(EmbeddedSignIn.describe(pending.authorizeUri().toString()));
        holder.getChildren().setAll(embedded.open(pending, location -> pageAddress.setText(EmbeddedSignIn.describe(location))));
    }

    /** Closes the page (its late redirects are ignored); harmless when nothing is open. */
    void close() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
            holder.getChildren().clear();
        }
    }
}
