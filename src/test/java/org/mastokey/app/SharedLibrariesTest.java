package org.mastokey.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class SharedLibrariesTest {
    @TempDir
    Path dir;

    static byte[] cacheListing(String... paths) {
        return ("glibc-ld.so.cache1.1\0" + String.join("\0", paths) + "\0").getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aLibraryInTheCacheIsFoundByItsExactName() {
        SharedLibraries libraries = SharedLibraries.of(cacheListing("libgtk-3.so.0", "/lib/x86_64-linux-gnu/libgtk-3.so.0",
                "libXtst.so.6.1", "/usr/lib/libXtst.so.6.1"), List.of());
        assertThat(libraries.has("libgtk-3.so.0")).isTrue();
        assertThat(libraries.has("libXtst.so.6")).as("another version's name").isFalse();
        assertThat(libraries.has("gtk-3.so.0")).as("a name's tail").isFalse();
    }

    @Test
    void aLibraryInASearchedFolderIsFoundWithoutTheCache() throws Exception {
        Files.createFile(dir.resolve("libXtst.so.6"));
        SharedLibraries libraries = SharedLibraries.of(cacheListing(), List.of(Path.of("/nonexistent"), dir));
        assertThat(libraries.has("libXtst.so.6")).isTrue();
        assertThat(libraries.has("libgtk-3.so.0")).isFalse();
    }

    @Test
    void theSearchPathIsLdLibraryPathThenTheTrustedFolders() {
        assertThat(SharedLibraries.searchPath("/opt/a::/opt/b")).startsWith(Path.of("/opt/a"), Path.of("/opt/b"))
                .contains(Path.of("/usr/lib"), Path.of("/lib"));
        assertThat(SharedLibraries.searchPath(null)).first().isEqualTo(Path.of("/lib"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void thisSystemsCacheListsItsCLibraryAndNotAnInventedOne() {
        SharedLibraries libraries = SharedLibraries.ofThisSystem(null).orElseThrow();
        assertThat(libraries.has("libc.so.6")).isTrue();
        assertThat(libraries.has("libmastokey-invented.so.9")).isFalse();
    }
}
