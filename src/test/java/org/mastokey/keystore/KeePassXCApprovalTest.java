package org.mastokey.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.KeystoreException.Reason;
import org.mastokey.keystore.SecretStore.SecretKey;
import org.mastokey.keystore.SecretStore.StoredSecret;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/**
 * KeePassXC with "confirm when passwords are retrieved by clients": an item another program saved is
 * shown as locked to Mastokey although the database is open. That is NEEDS_APPROVAL, said at once; the
 * desktop app's store brings up KeePassXC's access dialog, says it is asked, and reads once it is allowed.
 */
@RequiresTestKeyring("keepassxc")
class KeePassXCApprovalTest {
    private final LibsecretStore store = new LibsecretStore();
    private final String service = "org.mastokey.test." + UUID.randomUUID();
    private final SecretKey key = new SecretKey(service, "bob@approval.test");

    @BeforeEach
    void anotherProgramSavedAnItem() {
        TestProvider.restart("ConfirmAccessItem=true");
        Commands.secretToolStore("saved by another client", "approve-me", Map.of("service", service, "account", key.account()));
    }

    @AfterEach
    void backToTheDefaults() throws KeystoreException {
        TestProvider.restart();
        store.delete(key);
    }

    @Test
    void unapprovedItemIsNeedsApprovalNotLockedAndStaysUntouched() throws Exception {
        assertThat(store.status()).isEqualTo(SecretStore.Status.AVAILABLE);
        assertNeedsApproval(() -> store.read(key));
        assertNeedsApproval(() -> store.delete(key));
        assertNeedsApproval(() -> { store.write(key, "replacement", Secret.of("other"), Map.of()); return null; });
        assertNeedsApproval(() -> { store.checkReadyToSave(List.of(service)); return null; });

        // the attributes stay visible, and nothing was replaced or added
        assertThat(store.list(service)).singleElement().satisfies(item -> assertThat(item.key()).isEqualTo(key));
        assertThat(TestProvider.awaitKeePassXCDatabase("the item secret-tool saved", xml -> xml.contains("approve-me")))
                .doesNotContain("replacement");
    }

    /** The desktop app's store: KeePassXC's dialog comes up, the app hears it is asked, and the read waits for the answer. */
    @Test
    void theAppsStoreWaitsForTheAnswerInKeePassXCsDialogAndSaysWhoAsks() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        SecretStore app = SecretStores.forCurrentOs(new ApprovalWait() {
            @Override
            public void asking(String provider) {
                heard.add("asking " + provider);
            }

            @Override
            public void over() {
                heard.add("over");
            }
        });
        CompletableFuture<StoredSecret> read = CompletableFuture.supplyAsync(() -> {
            try {
                return app.read(key).orElseThrow();
            } catch (KeystoreException e) {
                throw new CompletionException(e);
            }
        });

        TestProvider.awaitKeePassXCWindow("Access Request");
        assertThat(heard).as("heard while the dialog is open").containsExactly("asking KeePassXC");
        assertThat(read).isNotDone();
        TestProvider.pressDefaultButtonOf("Access Request"); // "Allow Selected"

        assertThat(read.get(30, TimeUnit.SECONDS).secret()).isEqualTo("approve-me");
        assertThat(heard).containsExactly("asking KeePassXC", "over");
        assertThat(TestProvider.keePassXCWindows()).noneMatch(title -> title.contains("Access Request"));
    }

    private interface Call {
        Object run() throws KeystoreException;
    }

    private static void assertNeedsApproval(Call call) {
        long start = System.nanoTime();
        assertThatThrownBy(call::run).isInstanceOfSatisfying(KeystoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NEEDS_APPROVAL);
            assertThat(e.provider()).contains("KeePassXC");
            assertThat(e.getMessage()).contains("KeePassXC").contains("allow Mastokey").doesNotContain("approve-me");
        });
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds until NEEDS_APPROVAL").isLessThan(3_000);
    }
}
