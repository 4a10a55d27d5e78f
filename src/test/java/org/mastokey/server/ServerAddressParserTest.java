package org.mastokey.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerAddressParserTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}://{2}:{3} user={4}")
    @CsvSource(delimiter = '|', nullValues = "-", ignoreLeadingAndTrailingWhitespace = false, value = {
            "mastodon.social|https|mastodon.social|-1|-",
            "https://mastodon.social/|https|mastodon.social|-1|-",
            "Mastodon.Social|https|mastodon.social|-1|-",
            "HTTPS://Mastodon.Social|https|mastodon.social|-1|-",
            "@alice@example.com|https|example.com|-1|alice",
            "alice@example.com|https|example.com|-1|alice",
            "acct:alice@example.com|https|example.com|-1|alice",
            "  @Alice_1@Example.COM  |https|example.com|-1|Alice_1",
            "https://mastodon.social/@alice/about?x=1#top|https|mastodon.social|-1|-",
            "https://example.com:8443/path|https|example.com|8443|-",
            "example.com:8443|https|example.com|8443|-",
            "example.com/about|https|example.com|-1|-",
            "https://example.com:443/|https|example.com|-1|-",
            "bücher.example|https|xn--bcher-kva.example|-1|-",
            "https://bücher.example/|https|xn--bcher-kva.example|-1|-",
            "@anna@Bücher.Example|https|xn--bcher-kva.example|-1|anna",
            "xn--bcher-kva.example|https|xn--bcher-kva.example|-1|-",
            "mastodon.social.|https|mastodon.social|-1|-",
            "127.0.0.1:8080|http|127.0.0.1|8080|-",
            "http://127.0.0.1:8080|http|127.0.0.1|8080|-",
            "https://127.0.0.1:8443|https|127.0.0.1|8443|-",
            "http://localhost:3000/|http|localhost|3000|-",
            "http://[::1]:3000/|http|::1|3000|-",
            "@alice@127.0.0.1:41234|http|127.0.0.1|41234|alice",
            "alice.smith@social.example.org|https|social.example.org|-1|alice.smith",
    })
    void accepts(String typed, String scheme, String host, int port, String user) {
        ServerAddress address = ServerAddress.parse(typed);

        assertThat(address.scheme()).isEqualTo(scheme);
        assertThat(address.host()).isEqualTo(host);
        assertThat(address.port()).isEqualTo(port);
        assertThat(address.user()).isEqualTo(user);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" rejected: {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "|Type the address",
            "   |Type the address",
            "hello world|no spaces",
            "mastodon|missing the part after the dot",
            "http://mastodon.social|only connects to servers over https://",
            "http://example.com:8080/|only connects to servers over https://",
            "ftp://mastodon.social|only connects to servers over https://",
            "javascript:alert(1)|not a web address",
            "https://|not a valid web address",
            "@alice|only a user name",
            "alice@|only a user name",
            "@@mastodon.social|user name before the @ is missing",
            "a@b@c.example|two @ at most",
            "al!ce@example.com|not a valid user name",
            "example..com|not a valid server name",
            "-bad.example|not a valid server name",
            "bad_host.example|not a valid server name",
            "example.com:99999|port after the colon",
            "example.com:abc|not a web address",
            "example.com:|port after the colon",
            "999.1.1.1|not a valid IP address",
            "1.2.3|not a valid server name",
            "https://alice@example.com|without https://",
            "http://[2001:db8::1]/|IPv6",
            "alice@example.com/path|no / after it",
    })
    void rejectsWithAMessageAPersonUnderstands(String typed, String messagePart) {
        assertThatThrownBy(() -> ServerAddress.parse(typed))
                .isInstanceOf(InvalidServerAddressException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void trimsTabsAndNewlines() {
        assertThat(ServerAddress.parse("\tmastodon.social\n").host()).isEqualTo("mastodon.social");
    }

    @Test
    void buildsBaseUriAndHandle() {
        ServerAddress typed = ServerAddress.parse("@alice@Bücher.Example");
        assertThat(typed.baseUri()).hasToString("https://xn--bcher-kva.example");
        assertThat(typed.handle()).contains("alice@xn--bcher-kva.example");
        assertThat(typed.displayHost()).isEqualTo("bücher.example");
        assertThat(ServerAddress.parse("http://[::1]:3000").baseUri()).hasToString("http://[::1]:3000");
        assertThat(ServerAddress.parse("mastodon.social").handle()).isEmpty();
    }
}
