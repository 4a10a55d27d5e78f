package org.mastokey.keystore;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class talks to the throw-away Secret Service that {@code .ci/with-test-keyring} starts.
 * Without it the class is skipped loudly on a developer machine and FAILS when {@code CI=true}.
 * Tagged {@value #TAG}: these classes share one keychain, so Surefire runs them in one fork, one at a time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestKeyringGate.class)
@Tag(RequiresTestKeyring.TAG)
public @interface RequiresTestKeyring {
    String TAG = "keyring";
}
