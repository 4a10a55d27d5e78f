package org.mastokey.ui.accounts;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.mastokey.account.AccountActions;
import org.mastokey.account.AccountVerifier;
import org.mastokey.account.Login;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.PendingLogin;
import org.mastokey.account.SavedAccount;
import org.mastokey.account.SavedAccounts;
import org.mastokey.app.AccountsWindow;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.net.HttpApi;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.Scopes;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerInfo;
import org.mastokey.ui.FxTasks;
import org.mastokey.ui.ClipboardGuard;
import org.mastokey.ui.ScratchPreferences;
import org.mastokey.ui.TestWorkers;
import org.mastokey.ui.SystemBrowser;
import org.mastokey.ui.Texts;
import org.mastokey.ui.TokenProbe;

/**
 * The real saved-accounts view against the real fake server over real HTTP, wired as the app wires it
 * (the app registry keeps registrations in the saved accounts' keychain), with the keychain, the
 * "browser", the executor, the clipboard delay and the settings node chosen by the test.
 */
public final class AccountsTestBed implements AutoCloseable {
    public final FakeMastodon server;
    public final SecretStore store;
    public final SavedAccounts accounts;
    public final LoginFlow flow;
    public final AccountActions actions;
    public final List<URI> openedInBrowser = new CopyOnWriteArrayList<>();
    public final List<String> navigation = new CopyOnWriteArrayList<>();
    private final Duration clipboardDelay;
    /** The clipboard's seconds: they pass when the test advances them. */
    public final org.mastokey.ui.ManualTicker clipboardSeconds = new org.mastokey.ui.ManualTicker();
    private final ExecutorService executor = TestWorkers.start("accounts-test-worker");
    private final ScratchPreferences prefs = new ScratchPreferences();
    private volatile Consumer<URI> browser = uri -> { };
    private volatile SystemBrowser desktop;
    private AccountsWindow window;
    private final org.mastokey.account.imports.PlaintextImport imports;
    private volatile java.nio.file.Path fileToImport;

    public AccountsTestBed(SecretStore store, Duration clipboardDelay) {
        this.server = FakeMastodon.start(FakeMastodonOptions.defaults());
        this.store = store;
        this.clipboardDelay = clipboardDelay;
        this.accounts = new SavedAccounts(store);
        HttpApi http = new HttpApi(Duration.ofSeconds(3), Duration.ofSeconds(10), HttpApi.DEFAULT_MAX_BODY_BYTES);
        this.flow = new LoginFlow(new Discovery(http), new AppRegistry(http, accounts.appCache()),
                new TokenClient(http), new AccountVerifier(http));
        this.actions = new AccountActions(flow, accounts, new AccountVerifier(http));
        this.imports = new org.mastokey.account.imports.PlaintextImport(flow, accounts, new AccountVerifier(http), http);
    }

    /** The file "Import…" gets from its file chooser (none: the person cancels the dialog). */
    public void chooseForImport(java.nio.file.Path file) {
        this.fileToImport = file;
    }

    /** Signs in through the service (as the wizard would) and saves the token. */
    public SavedAccount saveLogin(ScriptedBrowser as, Scopes scopes, String note) throws Exception {
        ServerInfo info = flow.discover(server.baseUri().toString());
        try (PendingLogin pending = flow.start(info, scopes, AuthorizeMode.LOOPBACK, false, "en")) {
            as.openInBackground(pending.authorizeUri());
            Login login = flow.finish(pending, pending.awaitCallback(Duration.ofSeconds(20)));
            return accounts.save(login, note);
        }
    }

    public String token(String acct) throws Exception {
        return accounts.token(acct).orElseThrow().reveal();
    }

    /** What the server itself says about a token: 200 when it works, 401 when revoked or unknown. */
    public int serverStatusOf(String token) throws Exception {
        return TokenProbe.statusOf(server.baseUri(), token);
    }

    public String acct(String user) {
        return user + "@" + server.domain();
    }

    /** Opens pages with a real desktop opener instead of {@link #browserDoes} (e.g. one that fails). */
    public void browserOpener(SystemBrowser opener) {
        this.desktop = opener;
    }

    /** What the "system browser" does with an authorize URL (e.g. a ScriptedBrowser approving). */
    public void browserDoes(Consumer<URI> action) {
        this.browser = action;
    }

    public AccountsWindow show(Stage stage, Locale locale) {
        AccountsServices services = new AccountsServices(actions, new FxTasks(executor), uri -> {
            openedInBrowser.add(uri);
            if (desktop != null) {
                return desktop.open(uri);
            }
            browser.accept(uri);
            return true;
        }, new ClipboardGuard(Clipboard.getSystemClipboard(), clipboardDelay, clipboardSeconds), new Texts(locale), ZoneOffset.UTC, imports,
                owner -> java.util.Optional.ofNullable(fileToImport));
        window = AccountsWindow.show(stage, services, prefs.settings(), new AccountsNavigation() {
            @Override
            public void addAccount() {
                navigation.add("add");
            }

            @Override
            public void close() {
                navigation.add("close");
            }
        });
        return window;
    }

    public AccountsWindow window() {
        return window;
    }

    @Override
    public void close() throws Exception {
        TestWorkers.stop(executor);
        server.close();
        prefs.close();
    }
}
