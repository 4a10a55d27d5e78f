package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.HostileMastodon;

/**
 * Identity comes from the origin Mastokey talked to, never from the server's word: an {@code acct},
 * an instance {@code domain} or a WebFinger answer naming another server cannot make a login replace
 * (or pose as) an account of that server.
 */
class HostileIdentityTest extends AgainstHostileServer {

    @Test
    void anAcctNamingAnotherServerIsSavedUnderTheServerAskedAndLeavesThatServersAccountAlone() throws Exception {
        HostileMastodon victim = server();
        String victimAcct = savedAcct(login(victim.baseUri().toString()));
        assertThat(victimAcct).isEqualTo("alice@" + victim.domain());
        String victimToken = token(victimAcct);
        hostile.rewriteJson("GET /api/v1/accounts/verify_credentials", json -> json.put("acct", victimAcct));
        hostile.rewriteJson("GET /api/v2/instance", json -> json.put("domain", victim.domain()));

        Launcher.Result login = login(hostile.baseUri().toString());

        assertThat(login.exitCode()).as(login.toString()).isZero();
        assertThat(savedAcct(login)).isEqualTo("alice@" + hostile.domain());
        assertThat(token(victimAcct)).as("the other server's saved token").isEqualTo(victimToken);
        Launcher.Result env = cli().run("token", "--env", victimAcct);
        assertThat(env.stdout()).contains("MASTODON_API_BASE_URL=" + victim.baseUri());
        assertThat(cli().run("verify", victimAcct).exitCode()).isZero();
    }

    @Test
    void aDomainTheServerClaimsIsNoIdentity() throws Exception {
        hostile.rewriteJson("GET /api/v2/instance", json -> json.put("domain", "mastodon.social"));
        hostile.rewriteJson("GET /api/v1/instance", json -> json.put("uri", "mastodon.social"));

        Launcher.Result login = login(hostile.baseUri().toString());

        assertThat(login.exitCode()).as(login.toString()).isZero();
        assertThat(savedAcct(login)).isEqualTo("alice@" + hostile.domain());
        assertThat(login.stdout() + login.stderr()).doesNotContain("alice@mastodon.social");
    }

    @Test
    void aHandOverTheOriginDoesNotConfirmSavesTheAccountOfTheOriginAndSaysWhoServesIt() throws Exception {
        HostileMastodon origin = server();
        handOver(hostile, origin);

        Launcher.Result login = login("@alice@" + hostile.domain());

        assertThat(login.exitCode()).as(login.toString()).isZero();
        assertThat(login.stderr()).contains("@alice@" + hostile.domain() + " is served by " + origin.domain());
        assertThat(savedAcct(login)).isEqualTo("alice@" + origin.domain());
        assertThat(cli().run("token", "--env", "alice@" + origin.domain()).stdout())
                .contains("MASTODON_API_BASE_URL=" + origin.baseUri());
    }

    @Test
    void aHandOverTheOriginConfirmsKeepsTheHandleAndSaysWhoServesIt() throws Exception {
        HostileMastodon origin = server();
        handOver(hostile, origin);
        origin.rewriteJson("GET /api/v2/instance", json -> json.put("domain", hostile.domain()));

        Launcher.Result login = login("@alice@" + hostile.domain());

        assertThat(login.exitCode()).as(login.toString()).isZero();
        assertThat(login.stderr()).contains("@alice@" + hostile.domain() + " is served by " + origin.domain() + ".");
        String acct = savedAcct(login);
        assertThat(acct).isEqualTo("alice@" + hostile.domain());
        assertThat(cli().run("token", "--env", acct).stdout()).contains("MASTODON_API_BASE_URL=" + origin.baseUri());
        Launcher.Result verify = cli().run("verify", acct);
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
    }

    @Test
    void aSaveNeverReplacesTheAccountOfAnotherServerUnlessAskedTo() throws Exception {
        String acct = savedAcct(login(hostile.baseUri().toString()));
        String saved = token(acct);
        HostileMastodon other = server();
        handOver(hostile, other);
        other.rewriteJson("GET /api/v2/instance", json -> json.put("domain", hostile.domain()));

        Launcher.Result refused = login("@alice@" + hostile.domain());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.stderr()).contains(acct, hostile.baseUri().toString(), other.baseUri().toString(),
                "--replace-other-server", "revoked on the server");
        assertThat(token(acct)).isEqualTo(saved);
        assertThat(other.fake().tokenCount()).as("the refused token is revoked").isZero();

        Launcher.Result replaced = login("@alice@" + hostile.domain(), "--replace-other-server");
        assertThat(replaced.exitCode()).as(replaced.toString()).isZero();
        assertThat(cli().run("token", "--env", acct).stdout()).contains("MASTODON_API_BASE_URL=" + other.baseUri());
    }

    @Test
    void aUserNameOutsideMastodonsGrammarIsRefusedAndItsTokenRevoked() throws Exception {
        hostile.rewriteJson("GET /api/v1/accounts/verify_credentials", json -> json.put("username", "alice\nroot"));

        Launcher.Result login = login(hostile.baseUri().toString());

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.SERVER_ERROR);
        assertThat(login.stderr()).contains("user name", "revoked on the server");
        assertThat(hostile.fake().tokenCount()).isZero();
        assertThat(cli().run("list", "-q").stdout()).doesNotContain(hostile.domain());
    }

    /** {@code from}'s WebFinger answers that its accounts live on {@code to}. */
    static void handOver(HostileMastodon from, HostileMastodon to) {
        from.rewriteJson("GET /.well-known/webfinger", json -> {
            for (JsonNode link : json.withArray("links")) {
                if ("self".equals(link.path("rel").asText())) {
                    ((ObjectNode) link).put("href", to.baseUri() + "/users/alice");
                }
            }
        });
    }
}
