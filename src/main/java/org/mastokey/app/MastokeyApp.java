package org.mastokey.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.keystore.SecretStores;
import org.mastokey.ui.Background;
import org.mastokey.ui.ClipboardGuard;
import org.mastokey.ui.Texts;
import org.mastokey.ui.wizard.WizardExit;
import org.mastokey.ui.wizard.WizardModel;
import org.mastokey.ui.wizard.WizardServices;

/** The JavaFX application: wires the engine, settings and wizard together (the composition root). */
public final class MastokeyApp extends Application {
    private LaunchOptions options;
    private FakeMastodon demo;
    private ExecutorService executor;

    @Override
    public void init() {
        options = LaunchOptions.parse(getParameters().getRaw());
        if (options.demo()) {
            demo = FakeMastodon.start(FakeMastodonOptions.defaults());
        }
    }

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.user();
        Texts texts = new Texts(Locale.getDefault());
        executor = workers();
        Engine engine = Engine.create(SecretStores.forCurrentOs());
        WizardModel model = new WizardModel();
        Optional<String> demoHint = Optional.empty();
        if (demo != null) {
            model.addressProperty().set(demo.baseUri().toString());
            demoHint = Optional.of(texts.get("app.demoHint", demo.baseUri().getAuthority(),
                    FakeMastodonOptions.USERNAME, FakeMastodonOptions.PASSWORD));
        }
        WizardServices services = new WizardServices(engine.loginFlow(), engine.accounts(), new Background(executor),
                uri -> getHostServices().showDocument(uri.toString()),
                new ClipboardGuard(Clipboard.getSystemClipboard(), settings.clipboardClearAfter()),
                settings, texts, demoHint);
        WizardExit exit = new WizardExit() {
            @Override
            public void finished(WizardModel result) {
                stage.close();
            }

            @Override
            public void cancelled() {
                stage.close();
            }
        };
        WizardWindow.show(stage, model, services, settings, exit);
        if (options.exitAfterFirstFrame()) {
            reportFirstFrame();
        }
    }

    /** Waits for two pulses after show (the first frame is then on screen), prints the time since JVM start, exits. */
    private static void reportFirstFrame() {
        AtomicInteger pulses = new AtomicInteger();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (pulses.incrementAndGet() == 2) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-ms=" + ms);
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }

    static ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "mastokey-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
