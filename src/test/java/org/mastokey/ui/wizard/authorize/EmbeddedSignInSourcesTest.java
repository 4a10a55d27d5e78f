package org.mastokey.ui.wizard.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The embedded sign-in's bridge to Java, read from the sources (no window needed). */
class EmbeddedSignInSourcesTest {

    @Test
    void nothingInTheUiHandsAJavaObjectToJavaScript() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/mastokey"))) {
            List<Path> offenders = sources.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String code = Files.readString(p);
                    return code.contains("setMember(") || code.contains("netscape.javascript");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
