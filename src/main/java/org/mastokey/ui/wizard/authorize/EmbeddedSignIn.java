package org.mastokey.ui.wizard.authorize;

import java.net.URI;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.mastokey.account.PendingLogin;
import org.mastokey.oauth.CallbackResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.events.Event;
import org.w3c.dom.events.EventTarget;
import org.w3c.dom.html.HTMLAnchorElement;
import org.w3c.dom.html.HTMLAreaElement;

/**
 * The sign-in window inside Mastokey. Each attempt gets a new WebView and a fresh, in-memory cookie
 * store (so no earlier session silently picks the account); any web host may be visited (single
 * sign-on), but nothing else: {@code javascript:}, {@code file:}, {@code data:} and other schemes are
 * refused, and so are pop-ups. The final redirect is recognised as soon as navigation starts,
 * cancelled and never shown. No Java object is handed to the page's JavaScript: the link guard is a
 * DOM listener registered from Java, which scripts cannot see or call.
 * Created only when the user picks this way, so start-up never loads WebKit.
 */
final class EmbeddedSignIn {
    private final Consumer<CallbackResult> onResult;
    private final Consumer<String> onLoadFailure;
    private final Consumer<Boolean> onRefused;
    private WebView view;
    private boolean done;

    /** @param onRefused told {@code true} when a navigation was refused, {@code false} when a web page loads again */
    EmbeddedSignIn(Consumer<CallbackResult> onResult, Consumer<String> onLoadFailure, Consumer<Boolean> onRefused) {
        this.onResult = onResult;
        this.onLoadFailure = onLoadFailure;
        this.onRefused = onRefused;
    }

    /** @param onLocation told about every page the sign-in shows, so the user can see which host asks */
    Node open(PendingLogin pending, Consumer<String> onLocation) {
        FreshCookies.startAttempt();
        done = false;
        view = new WebView();
        view.setId("signInWebView");
        // Its own 600 px default made the step scroll around the page, and the wheel over the page moved
        // neither. Asking for no height lets it take the room the step has and scroll its own content.
        view.setPrefHeight(0);
        LightFormControls.applyTo(view);
        WebEngine engine = view.getEngine();
        engine.setCreatePopupHandler(features -> null);
        engine.setConfirmHandler(question -> false);
        engine.setPromptHandler(prompt -> null);
        RedirectInterceptor interceptor = new RedirectInterceptor(pending.redirectUri(), pending.mode(),
                pending.authorizeUri().getHost());
        engine.locationProperty().addListener((obs, old, location) -> {
            if (done) {
                return;
            }
            interceptor.check(location).ifPresentOrElse(result -> finish(engine, result), () -> {
                if (RedirectInterceptor.isWebPage(location)) {
                    onLocation.accept(location);
                } else {
                    engine.getLoadWorker().cancel();
                    onRefused.accept(true);
                }
            });
        });
        engine.documentProperty().addListener((obs, old, document) -> guardLinks(document));
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED && !done && RedirectInterceptor.isWebPage(engine.getLocation())) {
                onRefused.accept(false);
            }
            if (state == Worker.State.FAILED && !done) {
                onLoadFailure.accept(engine.getLocation());
            }
        });
        engine.load(pending.authorizeUri().toString());
        return view;
    }

    private void finish(WebEngine engine, CallbackResult result) {
        done = true;
        engine.getLoadWorker().cancel();
        Platform.runLater(() -> {
            engine.load(null);
            onResult.accept(result);
        });
    }

    /** A click on a {@code javascript:} (or any non-web) link does nothing but say so. */
    private void guardLinks(Document document) {
        if (document instanceof EventTarget target) {
            target.addEventListener("click", this::refuseOddLink, true);
        }
    }

    private void refuseOddLink(Event event) {
        for (Object node = event.getTarget(); node instanceof Element element; node = element.getParentNode()) {
            String href = element instanceof HTMLAnchorElement a ? a.getHref()
                    : element instanceof HTMLAreaElement area ? area.getHref() : null;
            if (href != null) {
                if (!href.isEmpty() && !RedirectInterceptor.isWebPage(href)) {
                    event.preventDefault();
                    event.stopPropagation();
                    onRefused.accept(true);
                }
                return;
            }
        }
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
