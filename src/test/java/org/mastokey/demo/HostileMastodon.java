package org.mastokey.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.mastokey.net.DaemonThreads;
import org.mastokey.net.FormEncoding;

/**
 * A hostile Mastodon: a real {@link FakeMastodon} behind a front on its own loopback port that passes
 * every request on and rewrites what comes back, the way a server that wants another account's token,
 * a shell or a terminal would answer. To the client the front is the server: every mention of the fake's
 * address in headers and bodies is replaced by the front's. Rules are per {@code "METHOD /path"} and may
 * change while a test runs.
 */
public final class HostileMastodon implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HOP_HEADERS = Set.of("connection", "content-length", "host", "transfer-encoding",
            "upgrade", "expect", "keep-alive");

    /** What the front does with one request. */
    public interface Rule {
        /** Runs before the request is passed on (a fault to inject at exactly this step of the flow). */
        default void before(Request request) throws Exception {
        }

        /** Whether to pass the request on at all; false answers with {@link #answer} alone. */
        default boolean forward() {
            return true;
        }

        /** Changes the answer before it is sent. */
        default void answer(Answer answer) throws Exception {
        }
    }

    public record Request(String method, String path, String query, String body) {
        /** A form field of the body (POSTs). */
        public String formField(String name) {
            return FormEncoding.queryParameters(body).get(name);
        }
    }

    /** The answer on its way back; change any part. */
    public static final class Answer {
        public int status;
        public final Map<String, List<String>> headers;
        public String body;

        Answer(int status, Map<String, List<String>> headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        /** Edits the JSON object body in place. */
        public void json(Consumer<ObjectNode> edit) throws IOException {
            JsonNode node = JSON.readTree(body);
            edit.accept((ObjectNode) node);
            body = JSON.writeValueAsString(node);
            headers.put("Content-Type", List.of("application/json; charset=utf-8"));
        }

        public void header(String name, String value) {
            headers.keySet().removeIf(n -> n.equalsIgnoreCase(name));
            headers.put(name, List.of(value));
        }
    }

    private final FakeMastodon fake;
    private final HttpServer front;
    private final ExecutorService executor = Executors.newCachedThreadPool(DaemonThreads.factory("hostile-mastodon"));
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI baseUri;
    private final Map<String, Rule> rules = new ConcurrentHashMap<>();
    private final List<Request> seen = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Map<String, String> disguises = new ConcurrentHashMap<>();

    private HostileMastodon(FakeMastodon fake) throws IOException {
        this.fake = fake;
        this.front = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        this.baseUri = URI.create("http://127.0.0.1:" + front.getAddress().getPort());
        front.setExecutor(executor);
        front.createContext("/", this::handle);
        front.start();
    }

    /** A front for a new default (Mastodon) fake server. */
    public static HostileMastodon start() {
        return start(FakeMastodon.start(FakeMastodonOptions.defaults()));
    }

    public static HostileMastodon start(FakeMastodon fake) {
        try {
            return new HostileMastodon(fake);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI baseUri() {
        return baseUri;
    }

    /** {@code 127.0.0.1:PORT} of the front: the domain its accounts are saved under. */
    public String domain() {
        return baseUri.getRawAuthority();
    }

    /** The honest server behind the front (its token count, its state). */
    public FakeMastodon fake() {
        return fake;
    }

    /** Sets (or replaces) the rule for {@code "METHOD /path"}. */
    public HostileMastodon on(String methodAndPath, Rule rule) {
        rules.put(methodAndPath, rule);
        return this;
    }

    /** Rewrites the JSON answer of {@code "METHOD /path"}. */
    public HostileMastodon rewriteJson(String methodAndPath, Consumer<ObjectNode> edit) {
        return on(methodAndPath, new Rule() {
            @Override
            public void answer(Answer answer) throws IOException {
                if (answer.status / 100 == 2) {
                    answer.json(edit);
                }
            }
        });
    }

    /** Runs {@code fault} when the request arrives, before it is passed on. */
    public HostileMastodon before(String methodAndPath, Runnable fault) {
        return on(methodAndPath, new Rule() {
            @Override
            public void before(Request request) {
                fault.run();
            }
        });
    }

    /** Passes the request on (or not) but never answers until the front closes: the client's timeout decides. */
    public HostileMastodon hang(String methodAndPath, boolean passOn) {
        return on(methodAndPath, new Rule() {
            @Override
            public void before(Request request) throws Exception {
                if (!passOn) {
                    closed.await();
                }
            }

            @Override
            public void answer(Answer answer) throws Exception {
                closed.await();
            }
        });
    }

    /**
     * Hands out every new token in disguise ({@code disguise} applied to the real one) and accepts the
     * disguised value wherever the real one works: bearer headers and revoke requests.
     */
    public HostileMastodon issueTokensAs(UnaryOperator<String> disguise) {
        return on("POST /oauth/token", new Rule() {
            @Override
            public void answer(Answer answer) throws IOException {
                if (answer.status / 100 == 2) {
                    answer.json(json -> {
                        String real = json.path("access_token").asText();
                        String disguised = disguise.apply(real);
                        disguises.put(disguised, real);
                        json.put("access_token", disguised);
                    });
                }
            }
        });
    }

    public void clearRules() {
        rules.clear();
    }

    /** Every request the front received, in order. */
    public List<Request> requests() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public List<Request> requests(String methodAndPath) {
        return requests().stream().filter(r -> (r.method() + " " + r.path()).equals(methodAndPath)).toList();
    }

    @Override
    public void close() {
        closed.countDown();
        front.stop(0);
        executor.shutdownNow();
        fake.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), body);
            seen.add(request);
            Rule rule = rules.getOrDefault(request.method() + " " + request.path(), new Rule() { });
            rule.before(request);
            Answer answer = rule.forward() ? passOn(exchange, request) : new Answer(200, new HashMap<>(), "");
            rule.answer(answer);
            byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
            answer.headers.forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
            exchange.sendResponseHeaders(answer.status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (closed.getCount() > 0) {
                System.err.println("hostile-mastodon: " + e);
            }
        }
    }

    private Answer passOn(HttpExchange exchange, Request request) throws IOException, InterruptedException {
        URI target = URI.create(fake.baseUri() + request.path() + (request.query() == null ? "" : "?" + mentionFake(request.query())));
        String body = mentionFake(request.body());
        for (Map.Entry<String, String> disguise : disguises.entrySet()) {
            body = body.replace("token=" + URLEncoder.encode(disguise.getKey(), StandardCharsets.UTF_8),
                    "token=" + URLEncoder.encode(disguise.getValue(), StandardCharsets.UTF_8));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .method(request.method(), body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, undisguise(mentionFake(value))));
            }
        });
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                headers.put(name, values.stream().map(this::mentionFront).toList());
            }
        });
        return new Answer(response.statusCode(), headers, mentionFront(response.body()));
    }

    private String undisguise(String header) {
        String real = header.startsWith("Bearer ") ? disguises.get(header.substring(7)) : null;
        return real == null ? header : "Bearer " + real;
    }

    private String mentionFront(String text) {
        return text.replace(fake.baseUri().toString(), baseUri.toString()).replace(fake.domain(), domain())
                .replace(encodedAuthority(fake.domain()), encodedAuthority(domain()));
    }

    private String mentionFake(String text) {
        return text.replace(baseUri.toString(), fake.baseUri().toString()).replace(domain(), fake.domain())
                .replace(encodedAuthority(domain()), encodedAuthority(fake.domain()))
                .replace(URLEncoder.encode(baseUri.toString(), StandardCharsets.UTF_8),
                        URLEncoder.encode(fake.baseUri().toString(), StandardCharsets.UTF_8));
    }

    private static String encodedAuthority(String authority) {
        return authority.replace(":", "%3A");
    }
}
