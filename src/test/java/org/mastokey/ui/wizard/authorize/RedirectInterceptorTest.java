package org.mastokey.ui.wizard.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mastokey.oauth.AuthorizeMode;
import org.mastokey.oauth.CallbackResult;

class RedirectInterceptorTest {
    private final RedirectInterceptor loopback = new RedirectInterceptor("http://127.0.0.1:5555/callback", AuthorizeMode.LOOPBACK, "example.social");
    private final RedirectInterceptor oob = new RedirectInterceptor("urn:ietf:wg:oauth:2.0:oob", AuthorizeMode.OOB, "example.social");

    @Test
    void theLoopbackRedirectIsRecognisedWithCodeAndState() {
        CallbackResult result = loopback.check("http://127.0.0.1:5555/callback?code=abc%2B1&state=xyz").orElseThrow();
        assertThat(result).isInstanceOfSatisfying(CallbackResult.Code.class, code -> {
            assertThat(code.code().reveal()).isEqualTo("abc+1");
            assertThat(code.state()).isEqualTo("xyz");
        });
    }

    @Test
    void aRefusalBecomesDenied() {
        assertThat(loopback.check("http://127.0.0.1:5555/callback?error=access_denied&error_description=no&state=xyz"))
                .get().isEqualTo(new CallbackResult.Denied("access_denied", "no"));
    }

    @Test
    void ordinarySignInPagesAndLookAlikesAreLeftAlone() {
        assertThat(loopback.check("https://example.social/oauth/authorize?client_id=1&redirect_uri=http://127.0.0.1:5555/callback")).isEmpty();
        assertThat(loopback.check("http://127.0.0.1:5555/callbackx?code=abc")).isEmpty();
        assertThat(loopback.check("https://sso.example.org/login?code=abc")).isEmpty();
        assertThat(loopback.check(null)).isEmpty();
    }

    @Test
    void theOutOfBandCodePageOfTheServerIsRecognised() {
        assertThat(oob.check("https://example.social/oauth/authorize/native?code=c0de")).get()
                .isInstanceOfSatisfying(CallbackResult.Code.class, c -> assertThat(c.code().reveal()).isEqualTo("c0de"));
        assertThat(oob.check("https://elsewhere.example/oauth/authorize/native?code=c0de")).isEmpty();
    }

    @Test
    void onlyWebPagesMayBeVisited() {
        assertThat(RedirectInterceptor.isWebPage("https://sso.example.org/login")).isTrue();
        assertThat(RedirectInterceptor.isWebPage("HTTP://example.social/")).isTrue();
        for (String refused : new String[] {"javascript:alert(1)", " JavaScript:alert(1)", "file:///etc/passwd",
                "data:text/html,x", "jar:file:///a.jar!/x", "mastokey-test://x", "no-scheme-at-all"}) {
            assertThat(RedirectInterceptor.isWebPage(refused)).as(refused).isFalse();
        }
    }
}
