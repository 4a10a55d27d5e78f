package org.mastokey.keystore;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/** See {@link RequiresTestKeyring}. */
public final class TestKeyringGate implements BeforeAllCallback {
    static final String MARKER = "MASTOKEY_TEST_KEYRING";
    static final String PROVIDER = "MASTOKEY_TEST_KEYRING_PROVIDER";
    static final String GNOME_KEYRING = "gnome-keyring";

    public static boolean present() {
        return "1".equals(System.getenv(MARKER));
    }

    /** The provider the wrapper started (gnome-keyring when it did not say). */
    public static String provider() {
        String provider = System.getenv(PROVIDER);
        return provider == null || provider.isBlank() ? GNOME_KEYRING : provider;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String wanted = context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, RequiresTestKeyring.class))
                .map(RequiresTestKeyring::value).orElse(GNOME_KEYRING);
        String command = "`.ci/with-test-keyring" + (wanted.equals(GNOME_KEYRING) ? "" : " --provider=" + wanted)
                + " ./mvnw -B verify`";
        if (present() && !provider().equals(wanted)) {
            Assumptions.abort(context.getDisplayName() + " is for " + wanted + "; this run has " + provider()
                    + ". Run it with " + command + ".");
        }
        if (present()) {
            return;
        }
        String message = context.getDisplayName() + " needs a real, throw-away Secret Service (" + wanted + "). Run the"
                + " build as " + command + " (see the packages in .ci/run).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionFailedError("CI=true but " + MARKER + " is not set: " + message);
        }
        System.err.println("\n*** SKIPPED: " + message + "\n");
        Assumptions.abort(message);
    }
}
