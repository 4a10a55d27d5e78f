package org.mastokey.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ServerLinksTest {

    @Test
    void keepsOnlyWebLinksWithAHost() {
        assertThat(ServerLinks.webOrNull("https://files.example/a.png")).isEqualTo(URI.create("https://files.example/a.png"));
        assertThat(ServerLinks.webOrNull("http://127.0.0.1:8080/@alice")).isEqualTo(URI.create("http://127.0.0.1:8080/@alice"));
        for (String refused : new String[] {null, "", "  ", "https:///avatar.png", "https:avatar.png", "/avatar.png",
                "file:///etc/passwd", "javascript:alert(1)", "data:image/png;base64,AA", "https://a b/"}) {
            assertThat(ServerLinks.webOrNull(refused)).as(String.valueOf(refused)).isNull();
        }
    }
}
