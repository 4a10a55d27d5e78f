package org.mastokey.keystore;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/** See {@link RequiresTestKeyring}. */
public final class TestKeyringGate implements BeforeAllCallback {
    static final String MARKER = "MASTOKEY_TEST_KEYRING";
    static final String PROVIDER = "MASTOKEY_TEST_KEYRING_PROVIDER";
    static final String GNOME_KEYRING = "gnome-keyring";

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
        if (OS.LINUX.isCurrentOs() && present() && !provider().equals(wanted)) {
            Assumptions.abort(context.getDisplayName() + " is for " + wanted + "; this run has " + provider()
                    + ". Run it with " + command + ".");
        }
        Decision decision = decide(OS.LINUX.isCurrentOs(), present(), "true".equalsIgnoreCase(System.getenv("CI")));
        String message = switch (decision) {
            case RUN -> null;
            case SKIP_NOT_LINUX -> context.getDisplayName() + " tests the Secret Service, which only Linux has;"
                    + " skipped on " + System.getProperty("os.name") + ".";
            case SKIP_NO_KEYRING, FAIL_NO_KEYRING_ON_CI -> context.getDisplayName() + " needs a real, throw-away"
                    + " Secret Service (" + wanted + "). Run the build as " + command + " (packages: .ci/setup).";
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
