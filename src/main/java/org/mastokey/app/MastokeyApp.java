package org.mastokey.app;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import org.mastokey.account.Engine;

import java.lang.management.ManagementFactory;
import java.time.ZoneId;
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
import org.mastokey.net.DaemonThreads;
import org.mastokey.ui.DesktopBrowser;
import org.mastokey.ui.FxTasks;
import org.mastokey.ui.ServerHistory;
import org.mastokey.ui.SystemBrowser;
import org.mastokey.ui.ClipboardGuard;
import org.mastokey.ui.Texts;
import org.mastokey.ui.accounts.AccountsNavigation;
import org.mastokey.ui.accounts.AccountsServices;
import org.mastokey.ui.wizard.WizardExit;
import org.mastokey.ui.wizard.WizardModel;
import org.mastokey.ui.wizard.WizardServices;

/**
 * The JavaFX application: wires the engine, settings, wizard and saved-accounts view together (the
 * composition root). Starts with the saved accounts when there are any, else with the wizard.
 */
public final class MastokeyApp extends Application {
    private LaunchOptions options;
    private FakeMastodon demo;
    private ExecutorService executor;
    private Stage stage;
    private Settings settings;
    private Texts texts;
    private Engine engine;
    private ClipboardGuard clipboard;
    private final SystemBrowser browser = DesktopBrowser.forCurrentOs();
    private boolean httpPrepared;

    @Override
    public void init() {
        options = LaunchOptions.parse(getParameters().getRaw());
        if (options.demo()) {
            demo = DemoServer.start();
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        // Decoding seven PNGs is not worth delaying the first frame for; the icon follows a frame later.
        AfterFirstFrame.run(() -> stage.getIcons().addAll(windowIcons()));
        // Read while the toolkit started up, when the launcher began a StartupPreloader (else read now).
        StartupPreloader.Prepared prepared = StartupPreloader.take();
        settings = prepared.settings();
        texts = prepared.texts();
        engine = prepared.engine();
        prepared.approvalNotice().attach(stage, texts);
        executor = workers();
        clipboard = new ClipboardGuard(Clipboard.getSystemClipboard(), settings.clipboardClearAfter());
        clipboard.clearAfterProperty().addListener((obs, old, now) -> settings.clipboardClearAfter(now));
        if (SignInBenchmark.requested()) {
            if (demo == null && SignInBenchmark.serverAddress().isEmpty()) {
                System.err.println("mastokey: -D" + SignInBenchmark.SWITCH + "=true needs --demo");
                System.exit(2);
            }
            SignInBenchmark.drive(showWizard(false).scene());
            return;
        }
        if (options.exitAfterFirstFrame()) {
            // Times the wizard alone: the saved-accounts check (a keychain read) is left out.
            showWizard(false);
            reportFirstFrame();
            return;
        }
        // The saved accounts come first when there are any; the keychain is read off the FX thread.
        new FxTasks(executor).run(() -> engine.accounts().list(),
                saved -> {
                    if (saved.isEmpty()) {
                        showWizard(false);
                    } else {
                        showAccounts();
                    }
                },
                e -> showWizard(false));
    }

    /** @param fromAccounts the wizard was opened by "Add account": cancelling goes back to the list */
    private WizardWindow showWizard(boolean fromAccounts) {
        WizardModel model = new WizardModel();
        Optional<String> demoHint = Optional.empty();
        if (demo != null) {
            model.addressProperty().set(demo.baseUri().toString());
            demoHint = Optional.of(texts.get("app.demoHint", demo.baseUri().getAuthority(),
                    FakeMastodonOptions.USERNAME, FakeMastodonOptions.PASSWORD));
        }
        WizardServices services = new WizardServices(engine.loginFlow(), engine.accounts(), new FxTasks(executor),
                browser, clipboard, demo == null ? settings : withoutDemo(settings), texts, demoHint);
        WizardExit exit = new WizardExit() {
            @Override
            public void finished(WizardModel result) {
                if (fromAccounts || result.savedProperty().get() != null) {
                    showAccounts();
                } else {
                    stage.close();
                }
            }

            @Override
            public void cancelled() {
                if (fromAccounts) {
                    showAccounts();
                } else {
                    stage.close();
                }
            }
        };
        WizardWindow window = WizardWindow.show(stage, model, services, settings, exit);
        prepareHttpAfterFirstFrame();
        return window;
    }

    /** The demo server's address is no server the user has: it stays out of the recent list. */
    private ServerHistory withoutDemo(ServerHistory history) {
        String demoAddress = ServerHistory.canonical(demo.baseUri().toString());
        return new ServerHistory() {
            @Override
            public List<String> recent() {
                return history.recent();
            }

            @Override
            public void remember(String address) {
                if (!address.equals(demoAddress)) {
                    history.remember(address);
                }
            }
        };
    }

    /** The first request would otherwise wait for the HTTP client's TLS set-up (hundreds of ms). */
    private void prepareHttpAfterFirstFrame() {
        if (!httpPrepared) {
            httpPrepared = true;
            AfterFirstFrame.run(() -> executor.execute(engine.http()::prepare));
        }
    }

    private void showAccounts() {
        AccountsServices services = new AccountsServices(
                engine.actions(),
                new FxTasks(executor), browser, clipboard, texts,
                ZoneId.systemDefault(), engine.plaintextImport(), org.mastokey.ui.accounts.ImportFileChooser.system(texts));
        AccountsWindow.show(stage, services, settings, new AccountsNavigation() {
            @Override
            public void addAccount() {
                showWizard(true);
            }

            @Override
            public void close() {
                stage.close();
            }
        });
        prepareHttpAfterFirstFrame();
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
        return Executors.newCachedThreadPool(DaemonThreads.factory("mastokey-worker"));
    }

    @Override
    public void stop() {
        if (clipboard != null) {
            clipboard.clearNow();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        if (demo != null) {
            demo.close();
        }
    }

    /** The sizes icons/render.sh puts on the class path; the window manager picks the best fit. */
    private static List<Image> windowIcons() {
        return Stream.of(16, 24, 32, 48, 64, 128, 256)
                .map(size -> MastokeyApp.class.getResource("icons/mastokey-" + size + ".png"))
                .filter(Objects::nonNull)
                .map(url -> new Image(url.toExternalForm(), true))
                .toList();
    }
}
