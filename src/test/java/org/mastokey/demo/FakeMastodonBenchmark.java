package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Prints how fast the fake server starts and how long one whole login takes through it (register, sign in,
 * consent, callback, token, verify). Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.mastokey.demo.FakeMastodonBenchmark [ROUNDS]}.
 */
public final class FakeMastodonBenchmark {
    private FakeMastodonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long t0 = System.nanoTime();
        FakeMastodon first = FakeMastodon.start(FakeMastodonOptions.defaults());
        long started = System.nanoTime();
        new TestHttp(first).get("/api/v2/instance");
        long answered = System.nanoTime();
        first.close();
        System.out.printf("cold-start-ms=%.1f first-response-ms=%.1f%n", ms(started - t0), ms(answered - started));

        List<Double> starts = new ArrayList<>();
        List<Double> logins = new ArrayList<>();
        int requestsPerLogin = 0;
        for (int i = 0; i < rounds; i++) {
            long a = System.nanoTime();
            try (FakeMastodon server = FakeMastodon.start(FakeMastodonOptions.defaults())) {
                starts.add(ms(System.nanoTime() - a));
                TestHttp http = new TestHttp(server);
                long b = System.nanoTime();
                JsonNode app = http.registerApp(TestHttp.LOOPBACK_REDIRECT, "profile write:statuses");
                URI authorize = http.authorizeUri(app, "http://127.0.0.1:1/callback", "profile write:statuses", "s");
                String code = ScriptedBrowser.alice().withoutDelivery().open(authorize).code().orElseThrow();
                String token = TestHttp.json(http.exchange(app, code, "http://127.0.0.1:1/callback", TestHttp.VERIFIER))
                        .get("access_token").asText();
                if (http.getWithToken("/api/v1/accounts/verify_credentials", token).statusCode() != 200) {
                    throw new IllegalStateException("verify_credentials failed");
                }
                logins.add(ms(System.nanoTime() - b));
                requestsPerLogin = server.requests().size();
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf("warm-start-median-ms=%.2f login-median-ms=%.1f login-p90-ms=%.1f requests-per-login=%d "
                        + "heap-used-mb=%.1f rounds=%d%n", median(starts), median(logins), percentile(logins, 0.9),
                requestsPerLogin, (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rounds);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }
}
