package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.HostileMastodon;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.SecretStore;
import org.mastokey.net.Secret;

/**
 * Server text never reaches the terminal raw: escape sequences (CSI, OSC), C0/C1 controls, bidi
 * overrides and zero-width characters are gone and long text is capped, in {@code login}, {@code verify},
 * {@code list} and in the server's error descriptions; {@code list -q} stays one account per line.
 */
class HostileTerminalTextTest extends AgainstHostileServer {
    static final String NASTY = "\u001b]0;pwned\u0007\u001b[2J\u001b[31mEve\u009b1m\u202e\u2066lave\u200b\u0000\r\nroot\u0085";

    @Test
    void verifyAndLoginPrintTheDisplayNameCleanAndCapped() throws Exception {
        hostile.rewriteJson("GET /api/v1/accounts/verify_credentials",
                json -> json.put("display_name", NASTY + "x".repeat(10_000)));
        String acct = savedAcct(login(hostile.baseUri().toString()));

        Launcher.Result verify = cli().run("verify", acct);

        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertClean(verify.stdout());
        assertThat(verify.stdout()).contains("Eve").hasLineCount(1);
        assertThat(verify.stdout().length()).isLessThan(600);
        Launcher.Result list = cli().run("list");
        assertClean(list.stdout());
    }

    @Test
    void theTokenEndpointsErrorDescriptionIsClean() throws Exception {
        hostile.on("POST /oauth/token", new HostileMastodon.Rule() {
            @Override
            public void answer(HostileMastodon.Answer answer) {
                answer.status = 400;
                answer.header("Content-Type", "application/json");
                answer.body = "{\"error\":\"invalid_grant\",\"error_description\":\"" + json(NASTY) + "\"}";
            }
        });

        Launcher.Result login = login(hostile.baseUri().toString());

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.REFUSED);
        assertClean(login.stderr());
        assertThat(login.stderr()).contains("Eve");
    }

    @Test
    void aDeniedCallbacksDescriptionIsClean() throws Exception {
        HostileMastodon.Rule describeNastily = new HostileMastodon.Rule() {
            @Override
            public void answer(HostileMastodon.Answer answer) {
                answer.headers.replaceAll((name, values) -> !name.equalsIgnoreCase("Location") ? values : values.stream()
                        .map(v -> v.replaceFirst("error_description=[^&]*", "error_description="
                                + URLEncoder.encode(NASTY, StandardCharsets.UTF_8))).toList());
            }
        };
        hostile.on("POST /oauth/authorize", describeNastily).on("DELETE /oauth/authorize", describeNastily);

        Launcher.Result login = login(cli(), ScriptedBrowser.alice().denying(), hostile.baseUri().toString());

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.CANCELLED);
        assertClean(login.stderr());
        assertThat(login.stderr()).contains("Eve");
    }

    @Test
    void listKeepsOneAccountPerLineWhateverTheItemsHold() throws Exception {
        SecretStore store = OsKeychain.open();
        store.write(new SecretStore.SecretKey(SecretStore.TOKEN_SERVICE, "eve\nmallory@" + hostile.domain()), "planted", Secret.of("AAAA"),
                Map.of("server", hostile.baseUri().toString(), "note", NASTY, "display_name", NASTY));

        Launcher.Result quiet = cli().run("list", "-q");
        Launcher.Result table = cli().run("list");

        assertThat(quiet.stdout().lines().filter(l -> l.contains(hostile.domain()))).hasSize(1);
        assertThat(quiet.stdout().lines().filter(l -> l.contains("mallory"))).hasSize(1);
        assertClean(quiet.stdout());
        assertThat(table.stdout().lines().filter(l -> l.contains("mallory") || l.contains("Eve"))).hasSize(1);
        assertClean(table.stdout());
    }

    static void assertClean(String text) {
        assertThat(text.replace("\n", "")).as("what reaches the terminal")
                .doesNotContain("\u001b", "\u0007", "\u009b", "\u202e", "\u2066", "\u200b", "\u0000", "\r", "\u0085");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
