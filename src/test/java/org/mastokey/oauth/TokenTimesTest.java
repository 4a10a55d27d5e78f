package org.mastokey.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenTimesTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final Instant asked = Instant.parse("2026-12-02T10:00:00Z");
    private final Instant answered = asked.plusMillis(300);

    @Test
    void secondsAndMillisecondsAreBothRead() {
        assertThat(TokenTimes.createdAt(JSON.numberNode(asked.getEpochSecond()), asked, answered)).isEqualTo(asked);
        assertThat(TokenTimes.createdAt(JSON.numberNode(asked.toEpochMilli() + 120), asked, answered))
                .isEqualTo(asked.plusMillis(120));
    }

    @Test
    void anAbsurdOrMissingTimeFallsBackToTheExchange() {
        assertThat(TokenTimes.createdAt(JSON.numberNode(42), asked, answered)).isEqualTo(answered);
        assertThat(TokenTimes.createdAt(JSON.numberNode(Long.MAX_VALUE), asked, answered)).isEqualTo(answered);
        assertThat(TokenTimes.createdAt(JSON.numberNode(-5), asked, answered)).isEqualTo(answered);
        assertThat(TokenTimes.createdAt(JSON.textNode("yesterday"), asked, answered)).isEqualTo(answered);
        assertThat(TokenTimes.createdAt(JSON.missingNode(), asked, answered)).isEqualTo(answered);
    }
}
