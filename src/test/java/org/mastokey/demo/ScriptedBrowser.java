package org.mastokey.demo;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.mastokey.net.DaemonThreads;

/**
 * A tiny scripted "browser" for tests and for {@code $BROWSER}: it opens an authorize URL, signs in with
 * the given credentials, clicks Authorize (or Deny), follows the server's redirects by itself and finally
 * delivers the callback — a GET on the loopback redirect URI — or reads the out-of-band code from the page.
 * It keeps cookies between {@link #open} calls, like a real browser, so a second authorization of the same
 * app and scopes skips the consent page. It never prints a code or token unless asked to.
 */
public final class ScriptedBrowser {
    private static final int MAX_STEPS = 20;

    private final String username;
    private final String password;
    private final boolean deny;
    private final boolean deliverCallback;
    private final Duration timeout;
    private final HttpClient http;

    private ScriptedBrowser(String username, String password, boolean deny, boolean deliverCallback, Duration timeout) {
        this.username = Objects.requireNonNull(username);
        this.password = Objects.requireNonNull(password);
        this.deny = deny;
        this.deliverCallback = deliverCallback;
        this.timeout = timeout;
        // its own cookie store, as a fresh browser profile has (the JVM-wide handler stays untouched)
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    /** Signs in as the fake server's first user (alice) and approves. */
    public static ScriptedBrowser alice() {
        return signingInAs(FakeMastodonOptions.USERNAME, FakeMastodonOptions.PASSWORD);
    }

    /** Signs in as the second user (bob) and approves. */
    public static ScriptedBrowser bob() {
        return signingInAs(FakeMastodonOptions.OTHER_USERNAME, FakeMastodonOptions.OTHER_PASSWORD);
    }

    public static ScriptedBrowser signingInAs(String username, String password) {
        return new ScriptedBrowser(username, password, false, true, Duration.ofSeconds(10));
    }

    /** The same browser clicking Deny instead of Authorize (a fresh cookie jar). */
    public ScriptedBrowser denying() {
        return new ScriptedBrowser(username, password, true, deliverCallback, timeout);
    }

    /** Stops at the callback URL instead of requesting it (for tests without a loopback receiver). */
    public ScriptedBrowser withoutDelivery() {
        return new ScriptedBrowser(username, password, deny, false, timeout);
    }

    /** What the browser ended with. */
    public sealed interface Outcome {
        /** The authorization code, from the callback or the out-of-band page; empty after a refusal. */
        Optional<String> code();
    }

    /**
     * The server sent the browser to the client's redirect URI (with {@code code} or {@code error}).
     * {@code deliveredStatus} is the HTTP status the redirect URI answered, 0 when not delivered, -1 when
     * nothing listened there.
     */
    public record Callback(URI uri, int deliveredStatus) implements Outcome {
        public Optional<String> param(String name) {
            String query = uri.getRawQuery() != null ? uri.getRawQuery() : uri.getRawFragment();
            Params params = Params.empty().addUrlEncoded(query);
            return params.has(name) ? Optional.of(params.text(name)) : Optional.empty();
        }

        @Override
        public Optional<String> code() {
            return param("code");
        }

        @Override
        public String toString() {
            return "Callback[" + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()
                    + (param("error").map(e -> " error=" + e).orElse(code().isPresent() ? " with code" : ""))
                    + ", delivered=" + deliveredStatus + "]";
        }
    }

    /** The out-of-band page showed a code to copy ({@code state} only where the server shows one). */
    public record OutOfBandCode(String value, String state) implements Outcome {
        @Override
        public Optional<String> code() {
            return Optional.of(value);
        }

        @Override
        public String toString() {
            return "OutOfBandCode[****]";
        }
    }

    /** The server answered with an error (HTML error page, JSON refusal) instead of redirecting. */
    public record ServerError(int status, String message, String body) implements Outcome {
        @Override
        public Optional<String> code() {
            return Optional.empty();
        }
    }

    /** Opens the URL and plays the whole sign-in → consent → callback sequence. */
    public Outcome open(URI authorizeUri) throws IOException, InterruptedException {
        String serverAuthority = authorizeUri.getRawAuthority();
        URI current = authorizeUri;
        HttpRequest request = get(current);
        boolean signedInOnce = false;
        for (int step = 0; step < MAX_STEPS; step++) {
            HttpResponse<String> response = send(request);
            URI page = response.uri();
            current = page;
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                URI location = page.resolve(response.headers().firstValue("Location").orElseThrow(
                        () -> new IOException("redirect without Location from " + safe(page))));
                if (!Objects.equals(location.getRawAuthority(), serverAuthority) || !isHttp(location)) {
                    return deliver(location, null);
                }
                request = get(location);
                continue;
            }
            String body = response.body();
            List<HtmlForms.Form> forms = HtmlForms.forms(body);
            Optional<HtmlForms.Form> signIn = forms.stream().filter(f -> f.hasField("password")).findFirst();
            if (signIn.isPresent()) {
                if (signedInOnce) {
                    throw new IOException("sign-in as " + username + " failed: "
                            + HtmlForms.textById(body, "error").orElse("the sign-in page came back"));
                }
                signedInOnce = true;
                Map<String, String> values = signIn.get().submittedValues();
                values.put(nameOf(signIn.get(), "text", "username"), username);
                values.put(nameOf(signIn.get(), "password", "password"), password);
                request = submit(current, signIn.get(), values);
                continue;
            }
            Optional<HtmlForms.Form> consent = consentForm(forms);
            if (consent.isPresent() && status == 200) {
                request = submit(current, consent.get(), consent.get().submittedValues());
                continue;
            }
            Optional<HtmlForms.Form> formPost = forms.stream().filter(f -> f.hasElementId("form-post")).findFirst();
            if (formPost.isPresent()) {
                return deliver(current.resolve(formPost.get().action()), formPost.get().submittedValues());
            }
            Optional<String> oob = HtmlForms.outOfBandCode(body);
            if (oob.isPresent() && status == 200) {
                Params query = Params.empty().addUrlEncoded(page.getRawQuery());
                String state = query.has("state") ? query.text("state") : HtmlForms.textById(body, "state").orElse(null);
                return new OutOfBandCode(oob.get(), state);
            }
            if (status == 200 && !body.isBlank() && !body.trim().startsWith("<") && !body.trim().startsWith("{")) {
                return new OutOfBandCode(body.trim(), null); // snac answers an OOB approval with the bare code
            }
            return new ServerError(status, HtmlForms.errorMessage(body), body);
        }
        throw new IOException("more than " + MAX_STEPS + " steps without reaching the callback");
    }

    /** {@link #open} on a background thread, for a UI test's "open browser" hook. */
    public CompletableFuture<Outcome> openInBackground(URI authorizeUri) {
        CompletableFuture<Outcome> future = new CompletableFuture<>();
        DaemonThreads.start(() -> {
            try {
                future.complete(open(authorizeUri));
            } catch (Exception e) {
                future.completeExceptionally(e);
            }
        }, "scripted-browser");
        return future;
    }

    private Optional<HtmlForms.Form> consentForm(List<HtmlForms.Form> forms) {
        String wanted = deny ? "deny" : "authorize";
        Optional<HtmlForms.Form> byId = forms.stream().filter(f -> f.hasElementId(wanted)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        // generic fallback: the forms carrying client_id; Deny is the one with _method=delete
        return forms.stream().filter(f -> f.value("client_id").isPresent())
                .filter(f -> deny == f.value("_method").map("delete"::equalsIgnoreCase).orElse(false))
                .findFirst();
    }

    private static String nameOf(HtmlForms.Form form, String type, String fallback) {
        return form.fields().stream().filter(f -> f.type().equals(type) && !f.name().isEmpty())
                .map(HtmlForms.Field::name).findFirst().orElse(fallback);
    }

    private Outcome deliver(URI location, Map<String, String> postFields) throws InterruptedException {
        if (!deliverCallback || !isHttp(location)) {
            return new Callback(location, 0);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(location).timeout(timeout);
        if (postFields != null) {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(postFields)));
        }
        try {
            HttpResponse<Void> response = http.send(builder.build(), HttpResponse.BodyHandlers.discarding());
            URI withParams = postFields == null ? location
                    : URI.create(RedirectUris.withParams(location.toString(), encode(postFields), false));
            return new Callback(withParams, response.statusCode());
        } catch (IOException nothingListening) {
            return new Callback(location, -1);
        }
    }

    private HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "text/html").GET().build();
    }

    private HttpRequest submit(URI page, HtmlForms.Form form, Map<String, String> values) {
        URI action = page.resolve(form.action().isEmpty() ? page.getRawPath() : form.action());
        if (form.method().equals("GET")) {
            return get(URI.create(action.toString().replaceFirst("\\?.*$", "") + "?" + encode(values)));
        }
        return HttpRequest.newBuilder(action).timeout(timeout).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(values))).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isHttp(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
    }

    private static String encode(Map<String, String> values) {
        List<String> pairs = new ArrayList<>();
        values.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private static String safe(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    /**
     * {@code ScriptedBrowser URL [--user alice --password wonderland] [--deny] [--print-code]}: exit 0 when the
     * callback was delivered (or an OOB code shown), 1 otherwise.
     */
    public static void main(String[] args) throws Exception {
        String url = null;
        String user = FakeMastodonOptions.USERNAME;
        String pass = FakeMastodonOptions.PASSWORD;
        boolean deny = false;
        boolean printCode = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--user" -> user = args[++i];
                case "--password" -> pass = args[++i];
                case "--deny" -> deny = true;
                case "--print-code" -> printCode = true;
                default -> url = args[i];
            }
        }
        if (url == null) {
            System.err.println("usage: ScriptedBrowser URL [--user NAME --password PASSWORD] [--deny] [--print-code]");
            System.exit(2);
        }
        ScriptedBrowser browser = signingInAs(user, pass);
        Outcome outcome = (deny ? browser.denying() : browser).open(URI.create(url));
        System.err.println("scripted-browser: " + outcome);
        if (printCode) {
            outcome.code().ifPresent(System.out::println);
        }
        boolean ok = outcome instanceof OutOfBandCode
                || outcome instanceof Callback c && (c.deliveredStatus() >= 200 && c.deliveredStatus() < 400);
        System.exit(ok ? 0 : 1);
    }
}
