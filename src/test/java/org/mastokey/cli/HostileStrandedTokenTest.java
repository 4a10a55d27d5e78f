package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.ScriptedBrowser;
import org.mastokey.keystore.ForwardingSecretStore;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.TestKeyring;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/**
 * A token issued is a token owed: whatever fails after the server issued it (the keyring stopped,
 * killed or full, another account authorized), the command ends with the token saved, revoked on
 * the server, or printed because the person asked for that, and says which.
 */
class HostileStrandedTokenTest extends AgainstHostileServer {
    private static final String VERIFY = "GET /api/v1/accounts/verify_credentials";

    @Test
    void aKeyringStoppedAfterTheExchangeEndsWithTheTokenRevoked() throws Exception {
        long pid = TestKeyring.daemonPid();
        hostile.before(VERIFY, () -> TestKeyring.signal(pid, "STOP"));
        // the command line's own keychain, with limits of seconds instead of its 10 s per call
        Launcher shortLimits = cli().keychain(() -> new LibsecretStore(
                new LibsecretStore.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))));
        Launcher.Result login;
        try {
            login = login(shortLimits, ScriptedBrowser.alice(), hostile.baseUri().toString());
        } finally {
            TestKeyring.signal(pid, "CONT");
        }

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.KEYCHAIN_UNAVAILABLE);
        assertThat(login.stderr()).contains("Nothing was saved", "revoked on the server");
        assertThat(hostile.fake().tokenCount()).isZero();
    }

    @Test
    void aKeyringKilledAfterTheExchangeEndsWithTheTokenRevoked() throws Exception {
        long pid = TestKeyring.daemonPid();
        hostile.before(VERIFY, () -> TestKeyring.signal(pid, "KILL"));
        Launcher.Result login;
        try {
            login = login(hostile.baseUri().toString());
        } finally {
            TestKeyring.restartUnlocked();
        }

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.KEYCHAIN_UNAVAILABLE);
        assertThat(login.stderr()).contains("Nothing was saved", "revoked on the server");
        assertThat(hostile.fake().tokenCount()).isZero();
    }

    @Test
    void aFullKeyringEndsWithTheTokenRevokedOrPrintedWhenAskedFor() throws Exception {
        Launcher full = cli().keychain(() -> new ForwardingSecretStore(OsKeychain.open()) {
            @Override
            public void write(SecretKey key, String label, Secret secret, Map<String, String> attributes) throws KeystoreException {
                // gnome-keyring's answer when its disk is full; no real disk fills up on a shared machine
                throw KeystoreException.backendError(backendName(), "saving", "Error writing to file: No space left on device");
            }
        });

        Launcher.Result revoked = login(full, ScriptedBrowser.alice(), hostile.baseUri().toString());
        assertThat(revoked.exitCode()).as(revoked.toString()).isEqualTo(ExitCode.KEYCHAIN_UNAVAILABLE);
        assertThat(revoked.stderr()).contains("No space left", "Nothing was saved", "revoked on the server");
        assertThat(revoked.stdout()).isEmpty();
        assertThat(hostile.fake().tokenCount()).isZero();

        Launcher.Result printed = login(full, ScriptedBrowser.alice(), hostile.baseUri().toString(), "--print-on-failure");
        assertThat(printed.exitCode()).as(printed.toString()).isEqualTo(ExitCode.KEYCHAIN_UNAVAILABLE);
        assertThat(printed.stderr()).contains("printed on stdout");
        assertThat(statusOn(hostile.baseUri(), printed.stdout().strip())).as("the printed token works").isEqualTo(200);
    }

    @Test
    void anotherAccountThanTheHandleTypedEndsWithItsTokenRevoked() throws Exception {
        Launcher.Result login = login(cli(), ScriptedBrowser.bob(), "@alice@" + hostile.domain());

        assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCode.REFUSED);
        assertThat(login.stderr()).contains("bob@" + hostile.domain(), "revoked on the server");
        assertThat(hostile.fake().tokenCount()).isZero();
    }

    @Test
    void twoConcurrentLoginsOfOneAccountNeverReplaceATokenSilently() throws Exception {
        AtomicInteger tokenReads = new AtomicInteger();
        CountDownLatch bothRead = new CountDownLatch(2);
        String acct = "alice@" + hostile.domain();
        Launcher racing = cli().keychain(() -> new ForwardingSecretStore(OsKeychain.open()) {
            @Override
            public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
                if (key.account().equals(acct)) {
                    tokenReads.incrementAndGet();
                    bothRead.countDown();
                }
                return super.read(key);
            }

            @Override
            public void write(SecretKey key, String label, Secret secret, Map<String, String> attributes) throws KeystoreException {
                if (key.account().equals(acct)) {
                    try {
                        // the widest window: wait until the other login looked too (or cannot, because it waits its turn)
                        bothRead.await(3, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                super.write(key, label, secret, attributes);
            }
        });

        CompletableFuture<Launcher.Result> first = CompletableFuture.supplyAsync(() -> loginQuietly(racing, "read"));
        CompletableFuture<Launcher.Result> second = CompletableFuture.supplyAsync(() -> loginQuietly(racing, "read write:statuses"));
        Launcher.Result a = first.get(120, TimeUnit.SECONDS);
        Launcher.Result b = second.get(120, TimeUnit.SECONDS);

        assertThat(a.exitCode()).as(a.toString()).isZero();
        assertThat(b.exitCode()).as(b.toString()).isZero();
        assertThat(hostile.fake().tokenCount()).isEqualTo(2);
        assertThat((a.stderr() + b.stderr()).split("replaced the token saved earlier for " + acct, -1))
                .as("exactly one of them says it replaced the other's token").hasSize(2);
    }

    @Test
    void aKeyringRestartedLockedIsReportedByListNotTakenForEmpty() throws Exception {
        String acct = savedAcct(login(hostile.baseUri().toString()));
        try {
            TestKeyring.restartLocked();

            Launcher.Result list = cli().run("list");

            assertThat(list.exitCode()).as(list.toString()).isEqualTo(ExitCode.KEYCHAIN_UNAVAILABLE);
            assertThat(list.stderr()).contains("locked").doesNotContain("No saved accounts");
        } finally {
            TestKeyring.restartUnlocked();
        }
        assertThat(cli().run("list", "-q").stdout()).contains(acct);
    }

    private Launcher.Result loginQuietly(Launcher cli, String scopes) {
        try {
            return login(cli, ScriptedBrowser.alice(), hostile.baseUri().toString(), "--scopes", scopes);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
