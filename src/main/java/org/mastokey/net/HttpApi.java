package org.mastokey.net;

import java.time.Duration;

/**
 * The one HTTP client of the service layer: connect and total timeouts on every request, response
 * bodies capped, redirects to another host not followed for API calls, failures mapped to
 * {@link ServiceException}s. Nothing secret is logged.
 */
public final class HttpApi {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

    public HttpApi() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_BODY_BYTES);
    }

    public HttpApi(Duration connectTimeout, Duration requestTimeout, int maxBodyBytes) {
        // TODO: issue 2
    }
}
