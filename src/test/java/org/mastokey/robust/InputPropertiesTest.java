package org.mastokey.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.assertj.core.api.Assertions;
import org.mastokey.oauth.CallbackResult;
import org.mastokey.oauth.InvalidPastedCodeException;
import org.mastokey.oauth.PastedCode;
import org.mastokey.server.InvalidServerAddressException;
import org.mastokey.server.ServerAddress;

/**
 * Generated text thrown at the two parsers that take what a person types or pastes. 2 × 4 000 +
 * 2 × 3 000 = 14 000 inputs: any string, and strings built from the pieces addresses and codes are
 * made of (so that many are accepted and the properties of accepted values get exercised too).
 */
class InputPropertiesTest {

    // --- server address ----------------------------------------------------------------------------

    @Property(tries = 4000)
    void anyTextIsEitherAnAddressOrATypedRejection(@ForAll("anyText") String typed) {
        checkAddress(typed);
    }

    @Property(tries = 4000)
    void addressLikeTextIsEitherAnAddressOrATypedRejection(@ForAll("addressLike") String typed) {
        checkAddress(typed);
    }

    /** Found by the properties above: java.net.URI sees no host in these, so they must be rejected. */
    @Example
    void aTopLevelDomainThatDoesNotStartWithALetterIsRejected() {
        for (String typed : new String[] {"0.0-0", "example.1a", "https://a.0-x/", "@alice@b.9z"}) {
            Assertions.assertThatThrownBy(() -> ServerAddress.parse(typed))
                    .isInstanceOf(InvalidServerAddressException.class).hasMessageContaining("not a valid server name");
        }
        assertThat(ServerAddress.parse("xn--bcher-kva.xn--p1ai").host()).isEqualTo("xn--bcher-kva.xn--p1ai");
    }

    private static void checkAddress(String typed) {
        ServerAddress address;
        try {
            address = ServerAddress.parse(typed);
        } catch (InvalidServerAddressException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            return;
        }
        // Anything else escaping (IllegalArgumentException from IDN or URI, NumberFormatException...) fails the property.
        String host = address.host();
        assertThat(host).isNotEmpty().isEqualTo(host.toLowerCase(Locale.ROOT));
        assertThat(host.chars().allMatch(c -> c > 0x20 && c < 0x7f)).as("ASCII host %s", host).isTrue();
        URI base = URI.create(address.baseUri().toString());
        assertThat(base.getHost()).isNotNull();
        assertThat(base.getPath()).isEmpty();
        assertThat(base.getScheme()).isIn("https", "http");
        if (base.getScheme().equals("http")) {
            assertThat(host).matches("localhost|::1|127\\.\\d+\\.\\d+\\.\\d+");   // http for loopback only
        }
        ServerAddress again = ServerAddress.parse(address.baseUri().toString());
        assertThat(again).isEqualTo(new ServerAddress(address.scheme(), address.host(), address.port(), null));
        address.handle().ifPresent(handle -> assertThat(handle).isEqualTo(address.user() + "@" + host));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60));
    }

    @Provide
    Arbitrary<String> addressLike() {
        Arbitrary<String> label = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars("aZ09-_.é日ß\u0130Ä").ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("mastodon", "social", "xn--bcher-kva", "127", "0", "localhost", "ex-ample", "-bad", "bad-"));
        Arbitrary<String> host = label.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(".", parts));
        Arbitrary<String> prefix = Arbitraries.of("", "", "https://", "http://", "HTTPS://", "@", "acct:", "ftp://", "//", "https:/");
        Arbitrary<String> user = Arbitraries.of("", "", "alice@", "Bob_1@", "a.b-c@", "@@", "élise@", "x y@");
        Arbitrary<String> port = Arbitraries.of("", "", ":443", ":80", ":8080", ":0", ":65536", ":", ":x", ":99999999999");
        Arbitrary<String> suffix = Arbitraries.of("", "", "/", "/@alice", "?q=1", "#top", ".", "/path/", " ", "\t", "]");
        Arbitrary<String> bracketed = Arbitraries.of("[::1]", "[::2]", "[0:0:0:0:0:0:0:1]", "[zz]", "1.2.3.4", "300.1.1.1", "127.0.0.1");
        return Combinators.combine(prefix, user, Arbitraries.oneOf(host, bracketed), port, suffix)
                .as((p, u, h, po, s) -> p + u + h + po + s);
    }

    // --- pasted authorization code -----------------------------------------------------------------

    @Property(tries = 3000)
    void anyPastedTextIsEitherACallbackOrATypedRejection(@ForAll("anyText") String pasted) {
        checkPasted(pasted);
    }

    @Property(tries = 3000)
    void codeLikePastesAreEitherACallbackOrATypedRejection(@ForAll("codeLike") String pasted) {
        checkPasted(pasted);
    }

    private static void checkPasted(String pasted) {
        CallbackResult result;
        try {
            result = PastedCode.parse(pasted);
        } catch (InvalidPastedCodeException rejected) {
            assertThat(rejected.getMessage()).isNotBlank();
            String core = pasted.strip();
            if (core.length() >= 16) {
                assertThat(rejected.getMessage()).as("a rejection never repeats the paste (it may be a valid code)")
                        .doesNotContain(core);
            }
            return;
        }
        assertThat(result).isNotNull();
        if (result instanceof CallbackResult.Code code) {
            String value = code.code().reveal();
            assertThat(value).matches("[A-Za-z0-9._~+/=-]{6,1024}");
            assertThat(code.code().toString()).doesNotContain(value);
            assertThat(code.state()).satisfiesAnyOf(s -> assertThat(s).isNull(), s -> assertThat(s).isNotBlank());
            // Pasting the accepted code alone gives the same code back.
            assertThat(((CallbackResult.Code) PastedCode.parse(value)).code()).isEqualTo(code.code());
        } else {
            assertThat(((CallbackResult.Denied) result).error()).isNotNull();
        }
    }

    @Provide
    Arbitrary<String> codeLike() {
        Arbitrary<String> code = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ABCabc0123456789_-").ofMinLength(0).ofMaxLength(60),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(20));
        Arbitrary<String> before = Arbitraries.of("", "", "code=", "https://example.social/oauth/authorize/native?code=",
                "http://127.0.0.1:1234/callback?state=s1&code=", "\"", "“", " ", "?code=", "error=", "urn:ietf:wg:oauth:2.0:oob?code=");
        Arbitrary<String> after = Arbitraries.of("", "", "&state=abc", "&state=", "\"", "”", "#frag", "&error=access_denied",
                " \n", "&code=second", "%", "%zz", "&");
        return Combinators.combine(before, code, after).as((b, c, a) -> b + c + a);
    }
}
