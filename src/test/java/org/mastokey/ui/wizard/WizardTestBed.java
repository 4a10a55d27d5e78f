package org.mastokey.ui.wizard;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.mastokey.account.AccountVerifier;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.SavedAccounts;
import org.mastokey.app.WizardWindow;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.keystore.SecretStore;
import org.mastokey.net.HttpApi;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.InMemoryAppCache;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.ui.FxTasks;
import org.mastokey.ui.ClipboardGuard;
import org.mastokey.ui.ScratchPreferences;
import org.mastokey.ui.ServerHistory;
import org.mastokey.ui.TestWorkers;
import org.mastokey.ui.SystemBrowser;
import org.mastokey.ui.Texts;

/**
 * The real wizard against the real fake server over real HTTP, with the parts a test must control
 * injected: the keychain, the "browser", the executor and the settings node.
 */
public final class WizardTestBed implements AutoCloseable {
    public final FakeMastodon server;
    public final SecretStore store;
    public final SavedAccounts accounts;
    public final WizardModel model = new WizardModel();
    public final List<URI> openedInBrowser = new CopyOnWriteArrayList<>();
    public final List<String> exits = new CopyOnWriteArrayList<>();
    /** What the wizard remembered as recently used servers, newest first. */
    public final List<String> recent = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = TestWorkers.start("wizard-test-worker");
    private final ScratchPreferences prefs = new ScratchPreferences();
    private volatile Consumer<URI> browser = uri -> { };
    private volatile SystemBrowser desktop;
    private Locale locale = Locale.ENGLISH;
    private ClipboardGuard clipboard;
    /** The clipboard's seconds: they pass when the test advances them. */
    public final org.mastokey.ui.ManualTicker clipboardSeconds = new org.mastokey.ui.ManualTicker();
    private WizardWindow window;

    public WizardTestBed(FakeMastodonOptions options, SecretStore store) {
        this.server = FakeMastodon.start(options);
        this.store = store;
        this.accounts = new SavedAccounts(store);
    }

    /**
     * Waits until no background task of the wizard is running any more and the FX thread has run what
     * the last ones handed back: the point after which nothing a cancelled task did can still show up.
     */
    public void awaitIdleWorkers() throws Exception {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) executor;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("background tasks still running after 30 s");
            }
            Thread.sleep(10);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens pages with a real desktop opener instead of {@link #browserDoes} (e.g. one that fails). */
    public void browserOpener(SystemBrowser opener) {
        this.desktop = opener;
    }

    /** What the "system browser" does with the authorize URL (e.g. a ScriptedBrowser signing in). */
    public void browserDoes(Consumer<URI> action) {
        this.browser = action;
    }

    public WizardTestBed inLanguage(Locale language) {
        this.locale = language;
        return this;
    }

    public WizardWindow show(Stage stage) {
        clipboard = new ClipboardGuard(Clipboard.getSystemClipboard(), Duration.ofSeconds(60), clipboardSeconds);
        HttpApi http = new HttpApi(Duration.ofSeconds(5), Duration.ofSeconds(10), HttpApi.DEFAULT_MAX_BODY_BYTES);
        LoginFlow flow = new LoginFlow(new Discovery(http), new AppRegistry(http, new InMemoryAppCache()),
                new TokenClient(http), new AccountVerifier(http));
        ServerHistory history = new ServerHistory() {
            @Override
            public List<String> recent() {
                return List.copyOf(recent);
            }

            @Override
            public void remember(String address) {
                recent.add(0, address);
            }
        };
        WizardServices services = new WizardServices(flow, accounts, new FxTasks(executor), uri -> {
            openedInBrowser.add(uri);
            if (desktop != null) {
                return desktop.open(uri);
            }
            browser.accept(uri);
            return true;
        }, clipboard, history,
                new Texts(locale), Optional.empty());
        window = WizardWindow.show(stage, model, services, prefs.settings(), new WizardExit() {
            @Override
            public void finished(WizardModel result) {
                exits.add("finished");
            }

            @Override
            public void cancelled() {
                exits.add("cancelled");
            }
        });
        return window;
    }

    public String address() {
        return server.baseUri().toString();
    }

    /** How long the wizard's clipboard keeps a copied token now (the user may change it). */
    public Duration clipboardDelay() {
        return clipboard.clearAfter();
    }

    public WizardWindow window() {
        return window;
    }

    @Override
    public void close() throws Exception {
        TestWorkers.stop(executor);
        server.close();
        prefs.close();
    }
}
