package org.mastokey.robust;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.mastokey.account.AccountVerifier;
import org.mastokey.account.Login;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.PendingLogin;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.net.HttpApi;
import org.mastokey.oauth.AppRegistry;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.InMemoryAppCache;
import org.mastokey.oauth.Scopes;
import org.mastokey.oauth.TokenClient;
import org.mastokey.server.Discovery;

/**
 * Child-JVM half of {@link VerboseJdkHttpLogTest}: one loopback login, a verify and a revoke, run in a
 * JVM started with the JDK HTTP client's own debug log on ({@code -Djdk.httpclient.HttpClient.log=all},
 * which must be set before the client classes load). Writes the secrets it handled, one a line, to the
 * file named by its argument, for the parent to search the log for.
 */
public final class VerboseJdkHttpLogProbe {
    private VerboseJdkHttpLogProbe() {
    }

    public static void main(String[] args) throws Exception {
        HttpApi http = new HttpApi();
        LoginFlow flow = new LoginFlow(new Discovery(http), new AppRegistry(http, new InMemoryAppCache()), new TokenClient(http),
                new AccountVerifier(http));
        try (FakeMastodon fake = FakeMastodon.start(FakeMastodonOptions.defaults())) {
            var server = flow.discover("@alice@" + fake.domain());
            Login login;
            String code;
            String verifier;
            try (PendingLogin pending = flow.start(server, Scopes.of("read"), AuthorizeMode.LOOPBACK, false, null)) {
                var browsing = ScriptedBrowser.alice().openInBackground(pending.authorizeUri());
                CallbackResult result = pending.awaitCallback(Duration.ofSeconds(15));
                code = browsing.get().code().orElseThrow();
                verifier = pending.request().codeVerifier().reveal();
                login = flow.finish(pending, result);
            }
            new AccountVerifier(http).verify(server, login.token());
            flow.revoke(login.app(), login.token().value());
            Files.write(Path.of(args[0]), List.of(login.token().value().reveal(), login.app().clientSecret().reveal(), code, verifier),
                    StandardCharsets.UTF_8);
        }
    }
}
