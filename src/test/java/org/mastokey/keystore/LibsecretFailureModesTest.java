package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.KeystoreException.Reason;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.SecretStore.Status;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/**
 * Each way the keychain can be out of reach, produced for real, must end in the right reason. No
 * stopwatch: the store bounds every call itself and a call it gave up on fails with TIMEOUT ("did not
 * answer"), so LOCKED or UNAVAILABLE with its own explanation shows the call did not wait. Environments
 * that differ from the test keyring run in a child JVM ({@link KeystoreProbe}).
 */
@RequiresTestKeyring
class LibsecretFailureModesTest {
    /**
     * A frozen daemon: ended by the store's 1 s limit, not by D-Bus's own 25 s reply timeout, which
     * also ends in TIMEOUT. Far from both, so a loaded machine does not decide the outcome.
     */
    private static final Duration BEFORE_DBUS_GIVES_UP = Duration.ofSeconds(15);

    @Test
    void noSessionBusMeansUnavailable() {
        Map<String, String> env = Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus", "DISPLAY", "");

        assertProbe(TestKeyring.probe(env, "status"), "status", "UNAVAILABLE", "no D-Bus session bus");
        assertProbe(TestKeyring.probe(env, "write"), "reason", "UNAVAILABLE", "no D-Bus session bus");
    }

    @Test
    void busWithoutAnySecretServiceMeansUnavailable() throws Exception {
        try (TestKeyring.PrivateBus bus = new TestKeyring.PrivateBus(false)) {
            assertProbe(TestKeyring.probe(bus.env(), "status"), "status", "UNAVAILABLE", "no keyring service");
            assertProbe(TestKeyring.probe(bus.env(), "read"), "reason", "UNAVAILABLE", "no keyring service");
        }
    }

    @Test
    void activatedKeyringDaemonWithoutAnyKeyringMeansUnavailable() throws Exception {
        try (TestKeyring.PrivateBus bus = new TestKeyring.PrivateBus(true)) {
            assertProbe(TestKeyring.probe(bus.env(), "status"), "status", "UNAVAILABLE", "no default keyring");
            assertProbe(TestKeyring.probe(bus.env(), "write"), "reason", "UNAVAILABLE", "no default keyring");
        }
    }

    @Test
    void sessionBusThatGoesAwayLaterMeansUnavailableNotACrash() throws Exception {
        // an activated keyring daemon without keyrings: libsecret's shared proxy keeps the bus connection open
        TestKeyring.PrivateBus bus = new TestKeyring.PrivateBus(true);
        Process child;
        try {
            child = TestKeyring.startProbe(bus.env(), "status-twice");
            BufferedReader out = child.inputReader();
            assertThat(out.readLine()).isEqualTo("first=UNAVAILABLE");
        } finally {
            bus.close();
        }
        child.getOutputStream().write('\n');
        child.getOutputStream().flush();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String rest = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("exit code (143 = killed by SIGTERM)").isZero();
        assertThat(rest).contains("second=UNAVAILABLE");
    }

    @Test
    void lockedKeyringFailsFastWithLockedAndWorksAgainOnceUnlocked() throws Exception {
        LibsecretStore store = new LibsecretStore();
        SecretKey key = new SecretKey(SecretStore.TOKEN_SERVICE, "locked-" + UUID.randomUUID() + "@test.invalid");
        store.write(key, "before the lock", Secret.of("kept-through-lock"), Map.of());
        try {
            TestKeyring.lockLogin();
            assertThat(TestKeyring.loginLocked()).isTrue();

            SecretStore.Availability availability = store.availability();
            assertThat(availability.status()).isEqualTo(Status.LOCKED);
            assertThat(availability.explanation()).contains("locked").contains("Unlock it");
            assertFails(() -> store.read(key), Reason.LOCKED);
            assertFails(() -> { store.write(key, "during the lock", Secret.of("lost"), Map.of()); return null; }, Reason.LOCKED);
            assertFails(() -> store.delete(key), Reason.LOCKED);
            // no display: the unlock prompt cannot appear, so unlock says no (waiting out its patience
            // would have ended in TIMEOUT instead)
            assertThat(store.unlock(Duration.ofSeconds(30))).isFalse();
            assertThat(store.status()).isEqualTo(Status.LOCKED);
            // GNOME Keyring shows locked items' attributes, so the saved-accounts view still works
            assertThat(store.list(SecretStore.TOKEN_SERVICE)).anySatisfy(item -> assertThat(item.key()).isEqualTo(key));
        } finally {
            TestKeyring.restartUnlocked();
        }
        // the daemon was replaced: this also proves the backend reconnects instead of using a dead session
        assertThat(store.status()).isEqualTo(Status.AVAILABLE);
        assertThat(store.read(key).orElseThrow().secret()).isEqualTo("kept-through-lock");
        assertThat(store.delete(key)).isTrue();
    }

    @Test
    void keyringThatStopsAnsweringEndsInTimeout() throws Exception {
        LibsecretStore store = new LibsecretStore(new LibsecretStore.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        SecretKey key = new SecretKey(SecretStore.TOKEN_SERVICE, "silent-" + UUID.randomUUID() + "@test.invalid");
        assertThat(store.read(key)).isEmpty(); // connected and working before the daemon freezes
        String pid = Long.toString(TestKeyring.daemonPid());
        Commands.run("kill", "-STOP", pid);
        try {
            assertTimeoutPreemptively(BEFORE_DBUS_GIVES_UP, () -> assertFails(() -> store.read(key), Reason.TIMEOUT));
            assertTimeoutPreemptively(BEFORE_DBUS_GIVES_UP,
                    () -> assertFails(() -> { store.write(key, "frozen", Secret.of("s"), Map.of()); return null; }, Reason.TIMEOUT));
            SecretStore.Availability availability = assertTimeoutPreemptively(BEFORE_DBUS_GIVES_UP, store::availability);
            assertThat(availability.status()).isEqualTo(Status.UNAVAILABLE);
            assertThat(availability.explanation()).contains("did not answer within 1 s");
        } finally {
            Commands.run("kill", "-CONT", pid);
        }
        assertThat(store.status()).isEqualTo(Status.AVAILABLE);
        store.delete(key);
    }

    private interface Call {
        Object run() throws KeystoreException;
    }

    private static void assertFails(Call call, Reason reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(KeystoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).doesNotContain("kept-through-lock");
        });
    }

    private static void assertProbe(Commands.Result result, String field, String expected, String explanation) {
        assertThat(result.field(field)).as("probe output:%n%s%n%s", result.stdout(), result.stderr()).isEqualTo(expected);
        String text = result.field(field.equals("status") ? "explanation" : "message");
        assertThat(text).contains(explanation);
    }
}
