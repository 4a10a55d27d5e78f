package org.mastokey.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A browser session driven by hand (cookie + CSRF), to look at each authorize response as it is. */
final class RawSession {
    private final TestHttp http;
    String cookie = "";

    RawSession(TestHttp http) {
        this.http = http;
    }

    static RawSession signedIn(TestHttp http, String user, String password) throws Exception {
        RawSession session = new RawSession(http);
        HttpResponse<String> page = session.get(http.base.resolve("/auth/sign_in"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("authenticity_token", csrf(page.body()));
        form.put("username", user);
        form.put("password", password);
        HttpResponse<String> done = session.post("/auth/sign_in", form);
        if (done.statusCode() != 302) {
            throw new AssertionError("sign-in failed: " + done.statusCode());
        }
        return session;
    }

    static String csrf(String html) {
        return HtmlForms.inputs(html).stream().filter(f -> f.name().equals("authenticity_token"))
                .map(f -> f.attr("value")).findFirst().orElseThrow();
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if (!cookie.isEmpty()) {
            b.header("Cookie", cookie);
        }
        return remember(http.client.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> post(String path, Map<String, ?> form) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(http.base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TestHttp.form(form)));
        if (!cookie.isEmpty()) {
            b.header("Cookie", cookie);
        }
        return remember(http.client.send(b.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Submits one of the page's forms as a browser would. */
    HttpResponse<String> submit(HtmlForms.Form form) throws IOException, InterruptedException {
        return post(form.action(), form.submittedValues());
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        response.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.split(";", 2)[0]);
        return response;
    }
}
