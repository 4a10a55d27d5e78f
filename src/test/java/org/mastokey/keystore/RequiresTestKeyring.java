package org.mastokey.keystore;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class talks to the throw-away Secret Service that {@code .ci/with-test-keyring} starts.
 * Without it the class is skipped loudly on a developer machine and FAILS when {@code CI=true}; off
 * Linux, where no Secret Service exists, it is always skipped with that reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestKeyringGate.class)
public @interface RequiresTestKeyring {
}
