package org.mastokey.oauth;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The JDK's HTTP server logs each request line at FINE ({@code GET /callback?code=…&state=…}); with
 * verbose logging switched on, that would write the authorization code to a log. This filter masks
 * query strings in what that logger records, whatever its level is set to.
 */
final class HttpServerLogMasking {
    /** Held strongly: java.util.logging forgets a logger's filter when the logger is collected. */
    private static final Logger JDK_HTTP_SERVER = Logger.getLogger("com.sun.net.httpserver");
    private static final Pattern QUERY = Pattern.compile("\\?[^\\s\"'<>]*");

    private HttpServerLogMasking() {
    }

    static synchronized void install() {
        Filter current = JDK_HTTP_SERVER.getFilter();
        if (!(current instanceof MaskQueries)) {
            JDK_HTTP_SERVER.setFilter(new MaskQueries(current));
        }
    }

    static String mask(String text) {
        return text == null ? null : QUERY.matcher(text).replaceAll("?****");
    }

    private record MaskQueries(Filter next) implements Filter {
        @Override
        public boolean isLoggable(LogRecord record) {
            record.setMessage(mask(record.getMessage()));
            Object[] parameters = record.getParameters();
            if (parameters != null) {
                Object[] masked = new Object[parameters.length];
                for (int i = 0; i < parameters.length; i++) {
                    masked[i] = parameters[i] instanceof String || parameters[i] instanceof java.net.URI
                            ? mask(String.valueOf(parameters[i])) : parameters[i];
                }
                record.setParameters(masked);
            }
            return next == null || next.isLoggable(record);
        }
    }
}
