package org.mastokey.ui.wizard.authorize;

import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.mastokey.account.PendingLogin;
import org.mastokey.oauth.CallbackResult;

/**
 * The sign-in window inside Mastokey. Each attempt gets a new WebView and a fresh, in-memory cookie
 * store (so no earlier session silently picks the account); any host may be visited (single sign-on);
 * the final redirect is recognised as soon as navigation starts, cancelled and never shown.
 * Created only when the user picks this way, so start-up never loads WebKit.
 */
final class EmbeddedSignIn {
    private final Consumer<CallbackResult> onResult;
    private final Consumer<String> onLoadFailure;
    private WebView view;
    private boolean done;

    EmbeddedSignIn(Consumer<CallbackResult> onResult, Consumer<String> onLoadFailure) {
        this.onResult = onResult;
        this.onLoadFailure = onLoadFailure;
    }

    /** @param onLocation told about every page the sign-in shows, so the user can see which host asks */
    Node open(PendingLogin pending, Consumer<String> onLocation) {
        CookieHandler.setDefault(new CookieManager());
        done = false;
        view = new WebView();
        view.setId("signInWebView");
        WebEngine engine = view.getEngine();
        RedirectInterceptor interceptor = new RedirectInterceptor(pending.redirectUri(), pending.mode(),
                pending.authorizeUri().getHost());
        engine.locationProperty().addListener((obs, old, location) -> interceptor.check(location).ifPresent(result -> {
            if (!done) {
                done = true;
                engine.getLoadWorker().cancel();
                Platform.runLater(() -> {
                    engine.load(null);
                    onResult.accept(result);
                });
            }
        }));
        engine.locationProperty().addListener((obs, old, location) -> {
            if (!done) {
                onLocation.accept(location);
            }
        });
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.FAILED && !done) {
                onLoadFailure.accept(engine.getLocation());
            }
        });
        engine.load(pending.authorizeUri().toString());
        return view;
    }

    /** The page shown now, as the host the user should check before typing a password. */
    static String describe(String location) {
        try {
            URI uri = URI.create(location);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException | NullPointerException e) {
            return "";
        }
    }

    void close() {
        done = true;
        if (view != null) {
            view.getEngine().load(null);
            view = null;
        }
    }
}
