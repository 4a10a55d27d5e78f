package org.mastokey.oauth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** For tests and for a session without a keychain. */
public final class InMemoryAppCache implements AppCache {
    private final Map<AppKey, RegisteredApp> apps = new ConcurrentHashMap<>();

    @Override
    public Optional<RegisteredApp> find(AppKey key) {
        return Optional.ofNullable(apps.get(key));
    }

    @Override
    public void save(RegisteredApp app) {
        apps.put(app.key(), app);
    }

    @Override
    public void remove(AppKey key) {
        apps.remove(key);
    }
}
