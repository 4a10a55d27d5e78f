package org.mastokey.keystore.macos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.KeystoreException.Reason;

class KeychainStatusTest {
    private static final String ACTION = "reading alice@mastodon.test";

    private static KeystoreException failure(int status, Prompting prompting) {
        return KeychainStatus.failure(status, ACTION, "macOS words (OSStatus " + status + ")", prompting).orElseThrow();
    }

    @Test
    void successIsNoFailure() {
        assertThat(KeychainStatus.failure(SecurityFramework.ERR_SEC_SUCCESS, ACTION, "", Prompting.ASK_AND_WAIT)).isEmpty();
    }

    @Test
    void interactionNotAllowedIsNotALockAndTellsTheCommandLineUserWhatToDo() {
        KeystoreException cli = failure(SecurityFramework.ERR_SEC_INTERACTION_NOT_ALLOWED, Prompting.NEVER_ASK);
        KeystoreException gui = failure(SecurityFramework.ERR_SEC_INTERACTION_NOT_ALLOWED, Prompting.ASK_AND_WAIT);

        assertThat(cli.reason()).isEqualTo(Reason.CONFIRMATION_NEEDED);
        assertThat(cli.getMessage()).contains("command line never shows that dialog").contains("Always Allow")
                .contains("security unlock-keychain").contains(ACTION).doesNotContain("is locked");
        assertThat(gui.reason()).isEqualTo(Reason.CONFIRMATION_NEEDED);
        assertThat(gui.getMessage()).contains("could not show its dialog").doesNotContain("is locked");
    }

    @Test
    void aCancelledDialogAndARefusedAccessEachHaveTheirOwnWords() {
        KeystoreException cancelled = failure(SecurityFramework.ERR_SEC_USER_CANCELED, Prompting.ASK_AND_WAIT);
        KeystoreException refused = failure(SecurityFramework.ERR_SEC_AUTH_FAILED, Prompting.ASK_AND_WAIT);

        assertThat(cancelled.reason()).isEqualTo(Reason.ACCESS_DENIED);
        assertThat(refused.reason()).isEqualTo(Reason.ACCESS_DENIED);
        assertThat(cancelled.getMessage()).contains("cancelled or denied").contains("Allow").doesNotContain("is locked");
        assertThat(refused.getMessage()).contains("refused access").contains("Access Control").doesNotContain("is locked");
        assertThat(cancelled.getMessage()).isNotEqualTo(refused.getMessage());
    }

    @Test
    void noKeychainIsUnavailableAndAnythingElseIsABackendErrorWithMacOsWords() {
        assertThat(failure(SecurityFramework.ERR_SEC_NO_SUCH_KEYCHAIN, Prompting.NEVER_ASK).reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(failure(SecurityFramework.ERR_SEC_MISSING_ENTITLEMENT, Prompting.NEVER_ASK).reason())
                .isEqualTo(Reason.UNAVAILABLE);
        KeystoreException other = failure(-50, Prompting.NEVER_ASK);
        assertThat(other.reason()).isEqualTo(Reason.BACKEND_ERROR);
        assertThat(other.getMessage()).contains("OSStatus -50").contains(ACTION);
    }

    @Test
    void onlyTheDesktopAsksAgainAndOnlyWhenMacOsWantedToAsk() {
        KeystoreException wantsToAsk = failure(SecurityFramework.ERR_SEC_INTERACTION_NOT_ALLOWED, Prompting.ASK_AND_WAIT);

        assertThat(KeychainStatus.askAndRetry(wantsToAsk, Prompting.ASK_AND_WAIT)).isTrue();
        assertThat(KeychainStatus.askAndRetry(wantsToAsk, Prompting.NEVER_ASK)).isFalse();
        assertThat(KeychainStatus.askAndRetry(failure(SecurityFramework.ERR_SEC_USER_CANCELED, Prompting.ASK_AND_WAIT),
                Prompting.ASK_AND_WAIT)).as("a No is not asked again").isFalse();
        assertThat(KeychainStatus.askAndRetry(KeystoreException.locked("keychain", "x"), Prompting.ASK_AND_WAIT)).isFalse();
    }

    @Test
    void updateThenAddRetriesTheUpdateWhenSomeoneElseAddedTheItemInBetween() {
        List<String> calls = new ArrayList<>();
        int status = KeychainStatus.updateOrAdd(
                answers(calls, "update", SecurityFramework.ERR_SEC_ITEM_NOT_FOUND, SecurityFramework.ERR_SEC_SUCCESS),
                answers(calls, "add", SecurityFramework.ERR_SEC_DUPLICATE_ITEM));

        assertThat(status).isEqualTo(SecurityFramework.ERR_SEC_SUCCESS);
        assertThat(calls).containsExactly("update", "add", "update");
    }

    @Test
    void updateThenAddStopsAtTheFirstAnswerThatSettlesIt() {
        List<String> calls = new ArrayList<>();
        assertThat(KeychainStatus.updateOrAdd(answers(calls, "update", SecurityFramework.ERR_SEC_SUCCESS),
                answers(calls, "add"))).isZero();
        assertThat(KeychainStatus.updateOrAdd(answers(calls, "update", SecurityFramework.ERR_SEC_ITEM_NOT_FOUND),
                answers(calls, "add", SecurityFramework.ERR_SEC_SUCCESS))).isZero();
        assertThat(KeychainStatus.updateOrAdd(answers(calls, "update", SecurityFramework.ERR_SEC_AUTH_FAILED),
                answers(calls, "add"))).isEqualTo(SecurityFramework.ERR_SEC_AUTH_FAILED);
        assertThat(calls).containsExactly("update", "update", "add", "update");
    }

    /** A keychain call that answers the given statuses in turn and records that it was made. */
    private static IntSupplier answers(List<String> calls, String name, int... statuses) {
        Iterator<Integer> next = Arrays.stream(statuses).iterator();
        return () -> {
            calls.add(name);
            return next.next();
        };
    }
}
