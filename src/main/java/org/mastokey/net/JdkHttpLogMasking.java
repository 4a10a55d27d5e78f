package org.mastokey.net;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The JDK's HTTP server logs each request line at FINE ({@code GET /callback?code=…}), and its HTTP
 * client, started with {@code -Djdk.httpclient.HttpClient.log=headers} (a common debugging tip), logs
 * {@code Authorization: Bearer …}. Either would write a secret to a log. These filters mask query
 * strings and credential headers in what those two loggers record, whatever their levels are.
 */
public final class JdkHttpLogMasking {
    /** Held strongly: java.util.logging forgets a logger's filter when the logger is collected. */
    private static final Logger[] LOGGERS = {Logger.getLogger("com.sun.net.httpserver"), Logger.getLogger("jdk.httpclient.HttpClient")};
    private static final Pattern QUERY = Pattern.compile("\\?[^\\s\"'<>]*");
    private static final Pattern CREDENTIAL_HEADER = Pattern.compile("(?im)^(\\s*(?:proxy-)?authorization\\s*[:=]\\s*).*$");

    private JdkHttpLogMasking() {
    }

    public static synchronized void install() {
        for (Logger logger : LOGGERS) {
            Filter current = logger.getFilter();
            if (!(current instanceof Masking)) {
                logger.setFilter(new Masking(current));
            }
        }
    }

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        return CREDENTIAL_HEADER.matcher(QUERY.matcher(text).replaceAll("?****")).replaceAll("$1****");
    }

    private record Masking(Filter next) implements Filter {
        @Override
        public boolean isLoggable(LogRecord record) {
            record.setMessage(mask(record.getMessage()));
            Object[] parameters = record.getParameters();
            if (parameters != null) {
                Object[] masked = parameters.clone();
                for (int i = 0; i < masked.length; i++) {
                    // anything that prints as text: the client also logs header maps ("parsing cookies from {location=[…?code=…]}")
                    if (masked[i] != null && !(masked[i] instanceof Number || masked[i] instanceof Boolean)) {
                        masked[i] = mask(String.valueOf(masked[i]));
                    }
                }
                record.setParameters(masked);
            }
            return next == null || next.isLoggable(record);
        }
    }
}
