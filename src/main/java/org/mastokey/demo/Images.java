package org.mastokey.demo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The server's pictures, drawn once on first request. */
final class Images {
    private static final Map<String, Integer> AVATAR_COLOURS = Map.of("alice", 0x6364ff, "bob", 0x2b9c6f);
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    byte[] avatar(FakeUser user) {
        return cache.computeIfAbsent("avatar:" + user.username(),
                k -> Png.avatar(120, AVATAR_COLOURS.getOrDefault(user.username(), 0x8c8dff)));
    }

    byte[] thumbnail() {
        return cache.computeIfAbsent("thumbnail", k -> Png.thumbnail(600, 314));
    }

    byte[] favicon() {
        return cache.computeIfAbsent("favicon", k -> Png.avatar(48, 0x6364ff));
    }
}
