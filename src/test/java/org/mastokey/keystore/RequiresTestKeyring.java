package org.mastokey.keystore;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test class talks to the throw-away Secret Service that {@code .ci/with-test-keyring} starts.
 * Without it the class is skipped loudly on a developer machine and FAILS when {@code CI=true}. A class
 * for another provider than the one running is skipped: {@code .ci/run} runs each provider's classes
 * under {@code .ci/with-test-keyring --provider=NAME}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestKeyringGate.class)
public @interface RequiresTestKeyring {
    /** {@code gnome-keyring}, {@code keepassxc} or {@code kwallet}, as in {@code --provider=}. */
    String value() default TestKeyringGate.GNOME_KEYRING;
}
