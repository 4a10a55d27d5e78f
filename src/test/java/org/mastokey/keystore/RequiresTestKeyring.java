package org.mastokey.keystore;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class talks to the throw-away Secret Service that {@code .ci/with-test-keyring} starts.
 * Without it the class is skipped loudly on a developer machine and FAILS when {@code CI=true}; off
 * Linux, where no Secret Service exists, it is always skipped with that reason. A class for another
 * provider than the one running is skipped: {@code .ci/run} runs each provider's classes under
 * {@code .ci/with-test-keyring --provider=NAME}.
 * Tagged {@value #TAG}: these classes share one keychain, so Surefire runs them in one fork, one at a time.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestKeyringGate.class)
@Tag(RequiresTestKeyring.TAG)
public @interface RequiresTestKeyring {
    String TAG = "keyring";

    /** {@code gnome-keyring}, {@code keepassxc} or {@code kwallet}, as in {@code --provider=}. */
    String value() default TestKeyringGate.GNOME_KEYRING;
}
