package org.mastokey.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mastokey.net.FormEncoding.Pair;

class FormEncodingTest {

    @Test
    void readsPiecesAsFormsDo() {
        assertThat(FormEncoding.parse("a=1&&b=x+y%21&flag&a=2&bad=%zz&=v")).containsExactly(
                new Pair("a", "1"), new Pair("b", "x y!"), new Pair("flag", ""), new Pair("a", "2"),
                new Pair("bad", "%zz"), new Pair("", "v"));
        assertThat(FormEncoding.parse(null)).isEmpty();
        assertThat(FormEncoding.parse("")).isEmpty();
    }

    @Test
    void aQueryKeepsTheFirstValueAndNoFragment() {
        assertThat(FormEncoding.queryParameters("code=c1&state=s&code=c2#state=evil"))
                .containsExactly(Map.entry("code", "c1"), Map.entry("state", "s"));
    }

    @Test
    void encodingIsReadBackAsItWas() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("redirect_uris", "http://127.0.0.1:1/cb urn:ietf:wg:oauth:2.0:oob");
        fields.put("name&=", "ä+%");
        assertThat(FormEncoding.queryParameters(FormEncoding.encode(fields))).isEqualTo(fields);
    }
}
