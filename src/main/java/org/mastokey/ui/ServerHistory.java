package org.mastokey.ui;

import java.util.List;
import org.mastokey.server.ServerAddress;

/** Servers the user signed in to before, newest first, offered on the first step. */
public interface ServerHistory {
    List<String> recent();

    void remember(String address);

    /**
     * One spelling per server: {@code @user@host} for a handle, the bare host for https on its usual
     * port, else the whole origin ({@code http://127.0.0.1:3000}). Text that is no address stays as typed.
     */
    static String canonical(String typed) {
        String trimmed = typed.trim();
        try {
            ServerAddress address = ServerAddress.parse(trimmed);
            String host = address.displayHost();
            if (address.handle().isPresent()) {
                return "@" + address.user() + "@" + host + (address.port() > 0 ? ":" + address.port() : "");
            }
            if ("https".equals(address.scheme()) && address.port() <= 0) {
                return host;
            }
            return address.baseUri().toString();
        } catch (RuntimeException e) {
            return trimmed;
        }
    }
}
