package org.mastokey.keystore;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;

/** See {@link RequiresTestKeyring}. */
public final class TestKeyringGate implements BeforeAllCallback {
    static final String MARKER = "MASTOKEY_TEST_KEYRING";

    enum Decision { RUN, SKIP_NOT_LINUX, SKIP_NO_KEYRING, FAIL_NO_KEYRING_ON_CI }

    public static boolean present() {
        return "1".equals(System.getenv(MARKER));
    }

    static Decision decide(boolean linux, boolean keyringPresent, boolean ci) {
        if (!linux) {
            return Decision.SKIP_NOT_LINUX;
        }
        if (keyringPresent) {
            return Decision.RUN;
        }
        return ci ? Decision.FAIL_NO_KEYRING_ON_CI : Decision.SKIP_NO_KEYRING;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Decision decision = decide(OS.LINUX.isCurrentOs(), present(), "true".equalsIgnoreCase(System.getenv("CI")));
        String message = switch (decision) {
            case RUN -> null;
            case SKIP_NOT_LINUX -> context.getDisplayName() + " tests the Secret Service, which only Linux has;"
                    + " skipped on " + System.getProperty("os.name") + ".";
            case SKIP_NO_KEYRING, FAIL_NO_KEYRING_ON_CI -> context.getDisplayName() + " needs a real, throw-away"
                    + " Secret Service. Run the build as `.ci/with-test-keyring ./mvnw -B verify` (needs: dbus"
                    + " gnome-keyring libsecret-1-0 libsecret-tools).";
        };
        if (decision == Decision.FAIL_NO_KEYRING_ON_CI) {
            throw new AssertionFailedError("CI=true but " + MARKER + " is not set: " + message);
        }
        if (message != null) {
            System.err.println("\n*** SKIPPED: " + message + "\n");
            Assumptions.abort(message);
        }
    }
}
