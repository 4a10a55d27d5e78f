package org.mastokey.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the dynamic linker would find a shared library, as glibc's cache and the search path tell.
 * Asked before JavaFX loads GTK, because a failed load prints stack traces before it throws; reading
 * the cache takes about a millisecond, loading the libraries through JNA took over 100 ms here.
 */
final class SharedLibraries {
    static final Path GLIBC_CACHE = Path.of("/etc/ld.so.cache");
    private static final List<String> TRUSTED_DIRS = List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64");

    /** The cache's bytes as text: it lists each library by its path, NUL-terminated. */
    private final String cache;
    private final List<Path> dirs;

    private SharedLibraries(String cache, List<Path> dirs) {
        this.cache = cache;
        this.dirs = dirs;
    }

    /** Empty where there is no glibc cache to read (musl, NixOS): there only loading would tell. */
    static Optional<SharedLibraries> ofThisSystem(String ldLibraryPath) {
        try {
            return Optional.of(of(Files.readAllBytes(GLIBC_CACHE), searchPath(ldLibraryPath)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static SharedLibraries of(byte[] cache, List<Path> dirs) {
        return new SharedLibraries(new String(cache, StandardCharsets.ISO_8859_1), List.copyOf(dirs));
    }

    /** The folders searched besides the cache: {@code LD_LIBRARY_PATH} (may be null), then the trusted ones. */
    static List<Path> searchPath(String ldLibraryPath) {
        List<Path> dirs = new ArrayList<>();
        for (String dir : ldLibraryPath == null ? new String[0] : ldLibraryPath.split(":")) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        TRUSTED_DIRS.forEach(dir -> dirs.add(Path.of(dir)));
        return dirs;
    }

    /** @param soname a library's file name as programs ask for it, e.g. {@code libgtk-3.so.0} */
    boolean has(String soname) {
        return cache.contains("/" + soname + "\0") || dirs.stream().anyMatch(dir -> Files.exists(dir.resolve(soname)));
    }
}
