package org.mastokey.demo;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Host-only cookies per {@code host:port}, enough for a session cookie on loopback. */
final class CookieJar {
    private final Map<String, Map<String, String>> byAuthority = new ConcurrentHashMap<>();

    void store(HttpResponse<?> response) {
        String authority = response.uri().getRawAuthority();
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                Map<String, String> jar = byAuthority.computeIfAbsent(authority, k -> new ConcurrentHashMap<>());
                if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
        }
    }

    HttpRequest.Builder addTo(HttpRequest.Builder builder) {
        HttpRequest probe = builder.copy().build();
        Map<String, String> jar = byAuthority.get(probe.uri().getRawAuthority());
        if (jar != null && !jar.isEmpty()) {
            builder.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }
}
