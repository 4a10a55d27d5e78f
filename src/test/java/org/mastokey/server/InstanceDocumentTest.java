package org.mastokey.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.junit.jupiter.api.Test;

class InstanceDocumentTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsTheV2Card() throws Exception {
        InstanceDocument doc = InstanceDocument.read(json.readTree("""
                {"domain":"Social.Example","title":"Example","description":"A place","version":"4.6.5",
                 "thumbnail":{"url":"https://files.example/t.png"}}"""), "fallback.example");

        assertThat(doc).isEqualTo(new InstanceDocument("social.example", "Example", "A place",
                URI.create("https://files.example/t.png"), "4.6.5"));
    }

    @Test
    void readsTheV1CardAndTurnsItsHtmlIntoText() throws Exception {
        InstanceDocument doc = InstanceDocument.read(json.readTree("""
                {"uri":"https://old.example","title":"","short_description":"<p>Cats &amp; dogs</p><p>welcome</p>",
                 "thumbnail":"javascript:alert(1)","version":"3.5.3"}"""), "fallback.example");

        assertThat(doc.domain()).isEqualTo("old.example");
        assertThat(doc.title()).isEqualTo("old.example");
        assertThat(doc.description()).isEqualTo("Cats & dogs\nwelcome");
        assertThat(doc.thumbnail()).isNull();
        assertThat(doc.version()).isEqualTo("3.5.3");
    }
}
