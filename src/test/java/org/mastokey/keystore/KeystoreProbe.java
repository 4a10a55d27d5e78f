package org.mastokey.keystore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Map;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/**
 * Runs one keystore call in a fresh JVM, for tests that need a different session bus environment.
 * Prints {@code status=...}, then {@code outcome=...} / {@code reason=...} and {@code elapsed-ms=...}.
 * Usage: {@code KeystoreProbe status|read|write|list|status-twice ACCOUNT}
 */
public final class KeystoreProbe {
    private KeystoreProbe() {
    }

    public static void main(String[] args) throws IOException {
        LibsecretStore store = new LibsecretStore();
        String command = args.length > 0 ? args[0] : "status";
        String account = args.length > 1 ? args[1] : "probe@example.invalid";
        SecretStore.SecretKey key = new SecretStore.SecretKey(SecretStore.TOKEN_SERVICE, account);
        long start = System.nanoTime();
        try {
            switch (command) {
                case "status" -> {
                    SecretStore.Availability availability = store.availability();
                    System.out.println("status=" + availability.status());
                    System.out.println("explanation=" + availability.explanation());
                }
                case "read" -> System.out.println("outcome=" + store.read(key).map(s -> "found").orElse("absent"));
                case "write" -> {
                    store.write(key, "Mastokey probe", Secret.of("probe-secret"), Map.of("note", "probe"));
                    System.out.println("outcome=written");
                }
                case "list" -> System.out.println("outcome=" + store.list(SecretStore.TOKEN_SERVICE).size());
                case "status-twice" -> { // the parent takes the bus away between the two
                    System.out.println("first=" + store.status());
                    System.out.flush();
                    new BufferedReader(new InputStreamReader(System.in)).readLine();
                    System.out.println("second=" + store.status());
                }
                default -> throw new IllegalArgumentException(command);
            }
        } catch (KeystoreException e) {
            System.out.println("reason=" + e.reason());
            System.out.println("message=" + e.getMessage());
        }
        System.out.println("elapsed-ms=" + (System.nanoTime() - start) / 1_000_000);
        System.exit(0);
    }
}
