package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.mastokey.demo.FakeMastodon;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.demo.OtherTool;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.SessionOnlyStore;

/**
 * {@code mastokey import}: files in toot's, Mastodon.py's and the .env format, written here the way those
 * tools write them, holding tokens another client got from the fake server; on a session keychain, so
 * the class runs in the default suite. No secret may reach stderr.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class CliImportTest {
    private static final String NEVER_ISSUED = "Zm9yZ2VkLXRva2VuLXRoZS1zZXJ2ZXItbmV2ZXItaXNzdWVk";

    @TempDir
    Path dir;

    private FakeMastodon server;
    private final SecretStore store = new SessionOnlyStore();
    private Launcher cli;
    private String alice;
    private final List<String> secrets = new ArrayList<>(List.of(NEVER_ISSUED));
    private final List<Launcher.Result> results = new ArrayList<>();

    @BeforeEach
    void start() {
        server = FakeMastodon.start(FakeMastodonOptions.defaults());
        cli = Launcher.mastokey().keychain(() -> store).env("XDG_CONFIG_HOME", dir.resolve("config").toString());
        alice = FakeMastodonOptions.USERNAME + "@" + server.baseUri().getAuthority();
    }

    @AfterEach
    void stop() {
        server.close();
        for (Launcher.Result result : results) {
            for (String secret : secrets) {
                assertThat(result.stderr()).as("stderr").doesNotContain(secret);
                assertThat(result.stdout()).as("stdout").doesNotContain(secret);
            }
        }
    }

    @Test
    void tootsConfigIsImportedWithItsAppSoThatRevokeWorks() throws Exception {
        OtherTool.Credentials toot = signIn("toot - a Mastodon CLI client", ScriptedBrowser.alice());
        Path config = toot(toot, "alice@" + instance(), toot.accessToken(),
                "\"carol@gone.example\": {\"instance\": \"gone.example\", \"username\": \"carol\", \"access_token\": \"abc\"}",
                "\"dave@" + instance() + "\": {\"instance\": \"" + instance() + "\", \"username\": \"dave\", \"access_token\": \"" + NEVER_ISSUED + "\"}");

        Launcher.Result imported = run("import", "toot");

        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(imported.stdout().lines()).containsExactlyInAnyOrder(
                "rejected: users[\"carol@gone.example\"]: names no app with a base_url under apps (instance \"gone.example\")",
                "imported: " + alice + " (users[\"alice@" + instance() + "\"])",
                "rejected: users[\"dave@" + instance() + "\"]: " + server.baseUri().getAuthority()
                        + " does not accept this token (revoked or never valid)");
        assertThat(run("token", alice).stdout().strip()).isEqualTo(toot.accessToken());
        assertThat(Files.readString(config)).as("without --remove-plaintext the file stays").contains(toot.accessToken());

        Launcher.Result revoke = run("revoke", alice);
        assertThat(revoke.exitCode()).as(revoke.toString()).isZero();
        assertThat(statusOf(toot.accessToken())).as("revoked with toot's client credentials").isEqualTo(401);
    }

    @Test
    void rotatingAnImportedTokenRevokesItWithTheOtherToolsAppWhichMastokeyNeverReuses() throws Exception {
        OtherTool.Credentials toot = signIn("toot - a Mastodon CLI client", ScriptedBrowser.alice());
        toot(toot, "alice@" + instance(), toot.accessToken());
        assertThat(run("import", "toot").exitCode()).isZero();
        org.mastokey.oauth.AppKey tootsKey = new org.mastokey.oauth.AppKey(server.baseUri(), List.of(OtherTool.OOB),
                org.mastokey.oauth.Scopes.of("read", "write"));
        assertThat(new org.mastokey.account.SavedAccounts(store).appCache().find(tootsKey))
                .as("toot's registration is not the one a Mastokey login with these redirects and scopes reuses").isEmpty();

        Launcher.Conversation rotate = cli.start("rotate", alice, "--browser", "--browser-command", "true", "--timeout", "30");
        URI authorize = URI.create(rotate.stderrLine(line -> line.startsWith("  http")).orElseThrow().strip());
        ScriptedBrowser.alice().open(authorize);
        Launcher.Result rotated = rotate.finish();
        results.add(rotated);

        assertThat(rotated.exitCode()).as(rotated.toString()).isZero();
        assertThat(authorize.getQuery()).as("Mastokey's own app signs in, not toot's").doesNotContain(toot.clientId());
        assertThat(statusOf(toot.accessToken())).as("the imported token, revoked with toot's credentials").isEqualTo(401);
        String newToken = run("token", alice).stdout().strip();
        secrets.add(newToken);
        assertThat(statusOf(newToken)).isEqualTo(200);
    }

    @Test
    void theAccountIsWhomTheServerSaysTheTokenActsForNotWhomTheFileNames() throws Exception {
        OtherTool.Credentials toot = signIn("toot", ScriptedBrowser.alice());
        Path config = toot(toot, "admin@" + instance(), toot.accessToken());

        Launcher.Result imported = run("import", "toot", config.toString());

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.stdout().strip()).isEqualTo("imported: " + alice + " (users[\"admin@" + instance() + "\"])");
        assertThat(run("list").stdout()).contains(alice).doesNotContain("admin@");
    }

    @Test
    void anAlreadySavedTokenIsSaidSoAndRemovePlaintextLeavesANoteAndABackupOnlyIfAsked() throws Exception {
        OtherTool.Credentials toot = signIn("toot", ScriptedBrowser.alice());
        Path config = toot(toot, "alice@" + instance(), toot.accessToken());
        String before = Files.readString(config);
        assertThat(run("import", "toot", config.toString()).exitCode()).isZero();

        Launcher.Result again = run("import", "toot", config.toString(), "--remove-plaintext", "--backup");

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.stdout()).contains("already saved: " + alice + " (users[\"alice@" + instance() + "\"])",
                "Removed 1 token(s) from " + config, config + ".bak");
        String after = Files.readString(config);
        assertThat(after).doesNotContain(toot.accessToken(), "access_token")
                .contains("\"mastokey\" : \"The access token is in the keychain: mastokey://" + alice)
                .contains("\"client_id\" : \"" + toot.clientId() + "\"")
                .contains("\"active_user\" : null");
        assertThat(Files.readString(Path.of(config + ".bak"))).isEqualTo(before);
        assertThat(mode(config)).isEqualTo("rw-------");
        assertThat(mode(Path.of(config + ".bak"))).isEqualTo("rw-------");
        assertThat(filesIn(config.getParent())).containsExactlyInAnyOrder("config.json", "config.json.bak");

        Launcher.Result noteOnly = run("import", "toot", config.toString(), "--remove-plaintext");
        assertThat(noteOnly.exitCode()).as("nothing left to import: " + noteOnly).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void mastodonPyFilesOfEachVersionAreImported() throws Exception {
        OtherTool.Credentials current = signIn("mastodonpy", ScriptedBrowser.alice());
        OtherTool.Credentials older = signIn("mastodonpy", ScriptedBrowser.bob());
        Path user = write("bot_usercred.secret", current.accessToken() + "\n" + server.baseUri() + "\n" + current.clientId()
                + "\n" + current.clientSecret() + "\n");
        Path oldUser = write("old_usercred.secret", older.accessToken() + "\n");
        Path client = write("old_clientcred.secret", older.clientId() + "\n" + older.clientSecret() + "\n" + server.baseUri()
                + "\nmastodonpy\n");
        String bob = FakeMastodonOptions.OTHER_USERNAME + "@" + server.baseUri().getAuthority();

        Launcher.Result clientAsUser = run("import", "mastodon.py", client.toString());
        Launcher.Result noServer = run("import", "mastodon.py", oldUser.toString());
        Launcher.Result oldest = run("import", "mastodon.py", oldUser.toString(), "--server", server.baseUri().toString(),
                "--client-file", client.toString());
        Launcher.Result newest = run("import", "mastodon.py", user.toString(), "--remove-plaintext");

        assertThat(clientAsUser.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(clientAsUser.stderr()).contains("client credential file", "--client-file");
        assertThat(noServer.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noServer.stderr()).contains("--server");
        assertThat(oldest.exitCode()).as(oldest.toString()).isZero();
        assertThat(oldest.stdout().strip()).isEqualTo("imported: " + bob + " (the access token)");
        assertThat(newest.exitCode()).as(newest.toString()).isZero();
        assertThat(newest.stdout()).contains("imported: " + alice, "Deleted " + user);
        assertThat(user).doesNotExist();
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("old_usercred.secret", "old_clientcred.secret");

        assertThat(run("revoke", bob).exitCode()).isZero();
        assertThat(statusOf(older.accessToken())).as("revoked with the client file's credentials").isEqualTo(401);
    }

    @Test
    void anEnvFilesTokenBecomesAReferenceThatRunResolves() throws Exception {
        OtherTool.Credentials script = signIn("weather bot", ScriptedBrowser.alice());
        String rest = "# the bot's settings\nBOT_NAME='weather bot'\r\nexport MASTODON_API_BASE_URL=" + server.baseUri() + "\n";
        Path env = write(".env", rest + "export MASTODON_ACCESS_TOKEN=\"" + script.accessToken() + "\"\n");

        Launcher.Result imported = run("import", "env", env.toString(), "--remove-plaintext");

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.stdout()).contains("imported: " + alice + " (MASTODON_ACCESS_TOKEN (line 4))",
                "the file had no app credentials");
        assertThat(Files.readString(env)).isEqualTo(rest + "export MASTODON_ACCESS_TOKEN=mastokey://" + alice + "\n");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(".env");

        Launcher.Result child = run("run", "--env-file", env.toString(), "--", "sh", "-c",
                "printf '%s|%s' \"$MASTODON_ACCESS_TOKEN\" \"$BOT_NAME\" | sha256sum");
        assertThat(child.exitCode()).as(child.toString()).isZero();
        assertThat(child.stdout()).startsWith(sha256(script.accessToken() + "|weather bot"));
    }

    @Test
    void malformedFilesAreRefusedWithoutQuotingThem() throws Exception {
        Path notJson = write("config.json", "{\"users\": {\"a@b\": {\"access_token\": \"" + NEVER_ISSUED + "\" ,,}}}");
        Path noToken = write("no-token.env", "MASTODON_API_BASE_URL=" + server.baseUri() + "\n");
        Path badLine = write("bad.env", "MASTODON_ACCESS_TOKEN=" + NEVER_ISSUED + "\nthis is not an assignment\n");
        Path badToken = write("badtoken.env", "MASTODON_ACCESS_TOKEN='" + "a b;rm" + "'\nMASTODON_API_BASE_URL=" + server.baseUri() + "\n");
        Path badServer = write("badserver.secret", NEVER_ISSUED + "\nhttp://example.com\n");

        List<Launcher.Result> refused = List.of(run("import", "toot", notJson.toString()),
                run("import", "env", noToken.toString()), run("import", "env", badLine.toString()),
                run("import", "toot", dir.resolve("missing.json").toString()), run("import", "keepass", notJson.toString()),
                run("import", "env"), run("import", "mastodon.py", badServer.toString()));
        Launcher.Result notAToken = run("import", "env", badToken.toString());

        assertThat(refused).allSatisfy(result -> assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE));
        assertThat(refused.get(0).stderr()).contains(notJson + " is not JSON (line 1)");
        assertThat(refused.get(1).stderr()).contains("has no MASTODON_ACCESS_TOKEN line");
        assertThat(refused.get(2).stderr()).contains("line 2 is not NAME=value");
        assertThat(refused.get(3).stderr()).contains("does not exist");
        assertThat(refused.get(6).stderr()).contains("line 2 is not a server address");
        assertThat(notAToken.exitCode()).isEqualTo(ExitCode.REFUSED);
        assertThat(notAToken.stdout()).contains("is not an access token");
        assertThat(server.requests()).as("a malformed token is sent nowhere").noneMatch(r -> r.contains("verify_credentials"));
    }

    private OtherTool.Credentials signIn(String app, ScriptedBrowser browser) throws Exception {
        OtherTool.Credentials credentials = OtherTool.signIn(server, app, browser, "read write");
        secrets.add(credentials.accessToken());
        secrets.add(credentials.clientSecret());
        return credentials;
    }

    /** toot's name for the server: its host and port, as it keys apps and users. */
    private String instance() {
        return server.baseUri().getAuthority();
    }

    /** A toot config.json at the default place, with the app of {@code toot}, one user and more user entries. */
    private Path toot(OtherTool.Credentials app, String userKey, String token, String... moreUsers) throws IOException {
        StringBuilder users = new StringBuilder("\"" + userKey + "\": {\"instance\": \"" + instance() + "\", \"username\": \""
                + userKey.substring(0, userKey.indexOf('@')) + "\", \"access_token\": \"" + token + "\"}");
        for (String more : moreUsers) {
            users.insert(0, more + ",\n  ");
        }
        String json = "{\n \"apps\": {\n  \"" + instance() + "\": {\"instance\": \"" + instance() + "\", \"base_url\": \""
                + server.baseUri() + "\", \"client_id\": \"" + app.clientId() + "\", \"client_secret\": \"" + app.clientSecret()
                + "\"}\n },\n \"users\": {\n  " + users + "\n },\n \"active_user\": \"" + userKey + "\"\n}\n";
        Path config = dir.resolve("config/toot/config.json");
        Files.createDirectories(config.getParent());
        Files.writeString(config, json);
        return config;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Launcher.Result run(String... args) throws Exception {
        Launcher.Result result = cli.run(args);
        if (!args[0].equals("token")) {
            results.add(result);
        }
        return result;
    }

    private int statusOf(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/accounts/verify_credentials"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }
}
