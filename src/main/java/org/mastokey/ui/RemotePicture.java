package org.mastokey.ui;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Shows a picture a server named (its thumbnail, an avatar). JavaFX's own loader is not used for it:
 * it would fetch plain http off loopback, without a size cap, and with the sign-in page's cookies. The
 * bytes come through the service layer's HTTP client instead, off the FX thread.
 */
public final class RemotePicture {
    private static final String SHOWING = "mastokey.remote-picture";

    private RemotePicture() {
    }

    /**
     * Clears {@code view}, then shows the picture at {@code uri} (none when {@code uri} is null or
     * nothing usable arrives). A picture asked for later wins over one still loading.
     *
     * @param size the square the picture is scaled into, or 0 for its own size
     */
    public static void show(ImageView view, URI uri, Function<URI, Optional<byte[]>> fetch, FxTasks background, double size) {
        view.setImage(null);
        view.getProperties().put(SHOWING, uri);
        if (uri == null) {
            return;
        }
        background.run(() -> fetch.apply(uri).map(bytes -> decode(bytes, size)).filter(image -> !image.isError()),
                image -> {
                    if (Objects.equals(view.getProperties().get(SHOWING), uri)) {
                        view.setImage(image.orElse(null));
                    }
                },
                ignored -> { });
    }

    private static Image decode(byte[] bytes, double size) {
        return new Image(new ByteArrayInputStream(bytes), size, size, true, true);
    }
}
