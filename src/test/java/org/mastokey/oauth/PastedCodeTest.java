package org.mastokey.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PastedCodeTest {
    private static final String CODE = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0|-",
            "'  ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0  '|-",
            "\"ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0\"|-",
            "“ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0”|-",
            "https://social.example/oauth/authorize/native?code=ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0|-",
            "http://127.0.0.1:5000/callback?code=ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0&state=abc|abc",
            "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0&state=xyz|xyz",
            "code=ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0|-",
            "https://gts.example/oauth/oob?code=ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0&state=s1#frag|s1",
    })
    void acceptsTheCodeInTheShapesPeoplePasteIt(String pasted, String state) {
        CallbackResult result = PastedCode.parse(pasted);

        assertThat(result).isInstanceOf(CallbackResult.Code.class);
        CallbackResult.Code code = (CallbackResult.Code) result;
        assertThat(code.code().reveal()).isEqualTo(CODE);
        assertThat(code.state()).isEqualTo(state);
    }

    @Test
    void aPastedDenialIsADenialNotAnError() {
        CallbackResult result = PastedCode.parse("http://127.0.0.1:5/callback?error=access_denied&error_description=The+owner+denied&state=s");

        assertThat(result).isEqualTo(new CallbackResult.Denied("access_denied", "The owner denied"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "hello world, this is not it", "abc", "https://social.example/about",
            "<input class=oauth-code>", "code=", "ünïcödé-côde-value"})
    void rejectsGarbageWithAMessageThatDoesNotEchoIt(String pasted) {
        assertThatThrownBy(() -> PastedCode.parse(pasted))
                .isInstanceOf(InvalidPastedCodeException.class)
                .hasMessageContaining("code")
                .satisfies(e -> {
                    if (!pasted.isBlank() && pasted.length() > 4) {
                        assertThat(e.getMessage()).doesNotContain(pasted);
                    }
                });
    }
}
