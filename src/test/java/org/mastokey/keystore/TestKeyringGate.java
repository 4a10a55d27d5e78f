package org.mastokey.keystore;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/** See {@link RequiresTestKeyring}. */
public final class TestKeyringGate implements BeforeAllCallback {
    static final String MARKER = "MASTOKEY_TEST_KEYRING";

    public static boolean present() {
        return "1".equals(System.getenv(MARKER));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (present()) {
            return;
        }
        String message = context.getDisplayName() + " needs a real, throw-away Secret Service. Run the build as"
                + " `.ci/with-test-keyring ./mvnw -B verify` (needs: dbus gnome-keyring libsecret-1-0 libsecret-tools).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionFailedError("CI=true but " + MARKER + " is not set: " + message);
        }
        System.err.println("\n*** SKIPPED: " + message + "\n");
        Assumptions.abort(message);
    }
}
