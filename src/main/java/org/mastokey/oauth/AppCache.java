package org.mastokey.oauth;

import java.util.Optional;

/** Where app registrations are kept between logins (the keychain in the app, memory in tests). */
public interface AppCache {
    Optional<RegisteredApp> find(AppKey key);

    void save(RegisteredApp app);

    void remove(AppKey key);
}
