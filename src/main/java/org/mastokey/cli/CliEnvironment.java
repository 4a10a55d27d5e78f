package org.mastokey.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;

/**
 * What a command may touch of the outside world: its three streams, the environment and the
 * keychain. The keychain is opened only by the commands that need it, so {@code --help} works on a
 * machine without one.
 */
public record CliEnvironment(PrintStream out, PrintStream err, InputStream in, Map<String, String> variables,
                             KeychainOpener keychain) {

    /** Opens the OS keychain backend; may fail when there is none. */
    @FunctionalInterface
    public interface KeychainOpener {
        SecretStore open() throws KeystoreException;
    }

    public static CliEnvironment system() {
        return new CliEnvironment(System.out, System.err, System.in, System.getenv(), OsKeychain::open);
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }
}
