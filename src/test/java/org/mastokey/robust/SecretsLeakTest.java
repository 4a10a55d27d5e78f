package org.mastokey.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.FileHandler;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mastokey.account.AccountVerifier;
import org.mastokey.account.Login;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.PendingLogin;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.net.HttpApi;
import org.mastokey.net.ServiceException;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.InMemoryAppCache;
import org.mastokey.oauth.PastedCode;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Scopes;
import org.mastokey.net.Secret;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;
import org.mastokey.server.ServerInfo;

/**
 * Two whole logins (loopback and out-of-band), their failure paths and a revoke, with every logger
 * at its most verbose, stdout and stderr captured, a log file under a temporary {@code user.home};
 * then every log line, both streams and every file there are searched for the tokens, client secrets,
 * codes and PKCE verifiers the flow handled. The application-like code here logs the values and
 * errors it gets the way a careless caller would ({@code toString()}, messages, stack traces).
 */
class SecretsLeakTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** As an application would log: through System.Logger, which the JDK routes to java.util.logging. */
    private static final System.Logger APP_LOG = System.getLogger("org.mastokey.app.LeakProbe");
    /**
     * The JDK's HTTP client logs every request URI at FINE. The scripted browser (the person's browser,
     * another program in real life) uses one too, and its authorize and callback URIs carry the code by
     * design; Mastokey itself never requests these paths, so only those records are left out.
     */
    private static final Pattern BROWSER_ONLY = Pattern.compile("/callback\\?|/oauth/authorize|/auth/sign_in");

    @TempDir
    Path home;
    private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, Level> savedLevels = new HashMap<>();
    private String savedHome;
    private PrintStream savedOut;
    private PrintStream savedErr;
    private Handler capture;
    private FileHandler file;

    @BeforeEach
    void mostVerboseEverything() throws IOException {
        savedHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));

        SimpleFormatter format = new SimpleFormatter();   // message, parameters and the thrown stack trace
        capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (isLoggable(record)) {
                    logLines.add(format.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Filter notTheBrowser = record -> !((String.valueOf(record.getSourceClassName()).startsWith("jdk.internal.net.http")
                        || String.valueOf(record.getLoggerName()).startsWith("jdk.internal.httpclient"))
                && BROWSER_ONLY.matcher(String.valueOf(format.formatMessage(record))).find());
        capture.setFilter(notTheBrowser);
        Files.createDirectories(home.resolve(".mastokey/logs"));
        file = new FileHandler(home.resolve(".mastokey/logs/mastokey-%u.log").toString());
        file.setFormatter(format);
        file.setLevel(Level.ALL);
        file.setFilter(notTheBrowser);
        Logger root = Logger.getLogger("");
        for (String name : Collections.list(LogManager.getLogManager().getLoggerNames())) {
            Logger logger = Logger.getLogger(name);
            savedLevels.put(name, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        root.addHandler(file);
    }

    @AfterEach
    void restore() {
        Logger root = Logger.getLogger("");
        root.removeHandler(capture);
        root.removeHandler(file);
        file.close();
        for (String name : Collections.list(LogManager.getLogManager().getLoggerNames())) {
            Logger.getLogger(name).setLevel(savedLevels.get(name));
        }
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.setProperty("user.home", savedHome);
    }

    @Test
    void noTokenSecretCodeOrVerifierReachesALogLineAStreamOrAFile() throws Exception {
        APP_LOG.log(System.Logger.Level.TRACE, "probe: trace level reaches the handlers");
        synchronized (logLines) {
            assertThat(logLines).anyMatch(line -> line.contains("probe: trace level"));
        }

        Map<String, String> secrets = new LinkedHashMap<>();
        HttpApi http = new HttpApi();
        TokenClient tokens = new TokenClient(http);
        LoginFlow flow = new LoginFlow(new Discovery(http), new AppRegistry(http, new InMemoryAppCache()), tokens,
                new AccountVerifier(http));
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults())) {
            ServerInfo server = flow.discover("@alice@" + fake.domain());
            APP_LOG.log(System.Logger.Level.DEBUG, "discovered {0}", server);

            // 1. System browser and loopback receiver.
            Login first;
            try (PendingLogin pending = flow.start(server, Scopes.of("read", "write:statuses"), AuthorizeMode.LOOPBACK, false, "en")) {
                APP_LOG.log(System.Logger.Level.DEBUG, "authorize request {0}", pending.request());
                var browsing = ScriptedBrowser.alice().openInBackground(pending.authorizeUri());
                CallbackResult result = pending.awaitCallback(WAIT);
                secrets.put("loopback code", browsing.get(WAIT.toSeconds(), TimeUnit.SECONDS).code().orElseThrow());
                secrets.put("loopback verifier", pending.request().codeVerifier().reveal());
                APP_LOG.log(System.Logger.Level.DEBUG, "callback {0}", result);
                first = flow.finish(pending, result);
                logged("a reused code", () -> tokens.exchange(pending.request(), ((CallbackResult.Code) result).code()));
            }
            secrets.put("loopback token", first.token().value().reveal());
            secrets.put("client secret", first.app().clientSecret().reveal());
            APP_LOG.log(System.Logger.Level.INFO, "signed in: {0}", first);
            System.out.println("Signed in as @" + first.account().acct() + " with " + first.token().scopes());

            // 2. Out-of-band code, pasted as a whole address, and a foreign state before it.
            Login second;
            try (PendingLogin pending = flow.start(server, Scopes.of("read"), AuthorizeMode.OOB, true, null)) {
                ScriptedBrowser.Outcome page = ScriptedBrowser.alice().open(pending.authorizeUri());
                String code = page.code().orElseThrow();
                secrets.put("oob code", code);
                if (pending.request().codeVerifier() != null) {
                    secrets.put("oob verifier", pending.request().codeVerifier().reveal());
                }
                CallbackResult pasted = PastedCode.parse(fake.baseUri() + "/oauth/authorize/native?code=" + code);
                APP_LOG.log(System.Logger.Level.DEBUG, "pasted {0}", pasted);
                logged("a foreign state", () -> flow.finish(pending, new CallbackResult.Code(Secret.of(code), "forged")));
                second = flow.finish(pending, pasted);
            }
            secrets.put("oob token", second.token().value().reveal());
            secrets.put("oob client secret", second.app().clientSecret().reveal());
            APP_LOG.log(System.Logger.Level.INFO, "signed in: {0} app {1}", second, second.app());

            // 3. Revoke, then use the revoked token and a wrong client secret.
            flow.revoke(first.app(), first.token().value());
            flow.revoke(second.app(), second.token().value());
            Login revoked = first;
            logged("a revoked token", () -> new AccountVerifier(http).verify(server, revoked.token()));
            logged("a wrong client", () -> tokens.revoke(new RegisteredApp(revoked.app().server(),
                    revoked.app().clientId(), Secret.of("wrong-" + revoked.app().clientSecret().reveal().substring(3)),
                    revoked.app().redirectUris(), revoked.app().scopes(), revoked.app().registeredAt()), revoked.token().value()));
        }
        file.flush();
        List<String> lines;
        synchronized (logLines) {   // other threads (HTTP client, fake server) may still be logging
            lines = List.copyOf(logLines);
        }

        assertThat(secrets).hasSizeGreaterThanOrEqualTo(8).allSatisfy((kind, value) -> assertThat(value).hasSizeGreaterThan(8));
        assertThat(lines).as("the service layer's own log lines were captured")
                .anyMatch(line -> line.contains("org.mastokey.net.HttpApi") && line.contains("/oauth/token"));
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("log records", String.join("\n", lines));
        sources.put("stdout", out.toString(StandardCharsets.UTF_8));
        sources.put("stderr", err.toString(StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.walk(home)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                sources.put(home.relativize(path).toString(), new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(sources.get(".mastokey/logs/mastokey-0.log")).as("the log file").contains("/oauth/token");

        List<String> hits = new ArrayList<>();
        sources.forEach((source, text) -> secrets.forEach((kind, value) -> {
            int at = text.indexOf(value);
            if (at >= 0) {   // the kind and the masked context, never the value
                String context = text.substring(Math.max(0, at - 160), Math.min(text.length(), at + value.length() + 40));
                hits.add(kind + " in " + source + ": ..." + context.replace(value, "****") + "...");
            }
        }));
        assertThat(hits).as("leak hits over %d sources and %d secrets", sources.size(), secrets.size()).isEmpty();
    }

    /** Runs a step that must fail, and logs the failure the way an application would: message and stack trace. */
    private static void logged(String what, Runnable failing) {
        try {
            failing.run();
            throw new AssertionError(what + " did not fail");
        } catch (ServiceException e) {
            APP_LOG.log(System.Logger.Level.WARNING, what + " failed: " + e.getMessage(), e);
            System.err.println("mastokey: " + e.getMessage());
        }
    }
}
