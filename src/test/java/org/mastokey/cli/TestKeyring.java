package org.mastokey.cli;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a real Secret Service run only inside {@code .ci/with-test-keyring}, which sets
 * {@code MASTOKEY_TEST_KEYRING=1}. Without it they skip with a loud message, and fail on CI.
 */
final class TestKeyring {
    private TestKeyring() {
    }

    static void require() {
        if ("1".equals(System.getenv("MASTOKEY_TEST_KEYRING"))) {
            return;
        }
        String message = "CLI keychain tests need a real Secret Service: run them as .ci/with-test-keyring ./mvnw -B verify";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " (CI=true, so this is a failure, not a skip)");
        }
        System.err.println("*** SKIPPED: " + message);
        Assumptions.abort(message);
    }
}
