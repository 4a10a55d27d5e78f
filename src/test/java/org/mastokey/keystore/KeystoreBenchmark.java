package org.mastokey.keystore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mastokey.keystore.libsecret.LibsecretStore;
import org.mastokey.net.Secret;

/**
 * Prints the median time of keychain calls against the real keyring (not a test; run it inside
 * {@code .ci/with-test-keyring}, see the keystore section of the README). Args: number of runs (default 30).
 */
public final class KeystoreBenchmark {
    private KeystoreBenchmark() {
    }

    @FunctionalInterface
    private interface Call {
        void run() throws KeystoreException;
    }

    public static void main(String[] args) throws KeystoreException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        LibsecretStore store = new LibsecretStore();
        SecretStore.SecretKey key = new SecretStore.SecretKey("org.mastokey.benchmark",
                "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid");
        Map<String, String> attributes = Map.of("server", "https://mastodon.test", "scopes", "read write",
                "created_at", "2026-11-23T08:00:00Z");
        long first = time(() -> store.status());
        System.out.printf("first call (loads libsecret, opens the session): %.1f ms%n", first / 1e6);
        try {
            report("status", runs, () -> store.status());
            report("write", runs, () -> store.write(key, "Mastokey benchmark", Secret.of("benchmark-token-value"), attributes));
            report("read", runs, () -> store.read(key).orElseThrow());
            report("list", runs, () -> store.list("org.mastokey.benchmark"));
        } finally {
            store.delete(key);
        }
        System.exit(0);
    }

    private static void report(String name, int runs, Call call) throws KeystoreException {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            nanos.add(time(call));
        }
        Collections.sort(nanos);
        System.out.printf("%-6s median %6.2f ms  (min %.2f, max %.2f, %d runs)%n", name,
                nanos.get(runs / 2) / 1e6, nanos.get(0) / 1e6, nanos.get(runs - 1) / 1e6, runs);
    }

    private static long time(Call call) throws KeystoreException {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }
}
