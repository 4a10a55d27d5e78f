package org.mastokey.ui.wizard.authorize;

import static org.mastokey.ui.Visibility.show;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mastokey.account.PendingLogin;
import org.mastokey.net.DaemonThreads;
import org.mastokey.oauth.CallbackResult;

/** The "in a Mastokey window" way: the sign-in page in the step, with the host it shows above it. */
final class InWindowSignIn {
    private final Label pageAddress;
    private final StackPane holder;
    private final String refusedMessage;
    private EmbeddedSignIn embedded;

    /** @param refusedMessage shown above the page when it tried to go somewhere that is not a web page */
    InWindowSignIn(Label pageAddress, StackPane holder, String refusedMessage) {
        this.pageAddress = pageAddress;
        this.holder = holder;
        this.refusedMessage = refusedMessage;
    }

    /**
     * @param onResult     the server's redirect came: the code (or the refusal)
     * @param onLoadFailed a page could not be loaded; gets the host it was on
     */
    void open(PendingLogin pending, Consumer<CallbackResult> onResult, Consumer<String> onLoadFailed) {
        close();
        Label refused = new Label(refusedMessage);
        refused.setId("signInRefused");
        refused.getStyleClass().add("error-text");
        refused.setWrapText(true);
        show(refused, false);
        embedded = new EmbeddedSignIn(onResult, location -> onLoadFailed.accept(EmbeddedSignIn.describe(location)),
                shown -> show(refused, shown));
        pageAddress.setText(EmbeddedSignIn.describe(pending.authorizeUri().toString()));
        var page = embedded.open(pending, location -> pageAddress.setText(EmbeddedSignIn.describe(location)));
        VBox.setVgrow(page, Priority.ALWAYS);
        holder.getChildren().setAll(new VBox(6, refused, page));
    }

    /** Closes the page (its late redirects are ignored); harmless when nothing is open. */
    void close() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
            holder.getChildren().clear();
            giveMemoryBack();
        }
    }

    /**
     * WebKit frees a page's native memory only once its engine has been collected, and the heap the
     * sign-in grew stays committed until a full collection shrinks it; one collection soon after the page
     * is gone returns both (the JVM options pick a collector that shrinks the heap). Off the FX thread,
     * and a second later, so that the closed view has left the scene's render state first.
     */
    private static void giveMemoryBack() {
        PauseTransition later = new PauseTransition(Duration.seconds(1));
        later.setOnFinished(e -> {
            DaemonThreads.start(System::gc, "mastokey-after-sign-in");
        });
        later.play();
    }
}
