package org.mastokey.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A server's own words in an error body are read through the one sanitiser, escape sequences and all. */
class ServerWordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEscapeSequenceInADescriptionLeavesNoTrace() throws Exception {
        String said = ServerWords.describe(JSON.readTree(
                "{\"error\":\"invalid_grant\",\"error_description\":\"Denied\\u001b[2J\\u001b]0;pwned\\u0007 by \\u202eEve\"}"));

        assertThat(said).isEqualTo("Denied by Eve");
    }

    @Test
    void blankWordsAreNoWords() throws Exception {
        assertThat(ServerWords.describe(JSON.readTree("{\"error_description\":\" \\u200b \\u001b[0m \"}"))).isNull();
        assertThat(ServerWords.clean(null)).isNull();
    }

    @Test
    void aValidationReportIsJoinedIntoOneLine() throws Exception {
        assertThat(ServerWords.describe(JSON.readTree(
                "{\"zod_error\":{\"issues\":[{\"message\":\"too\\nshort\"},{\"message\":\"bad\"}]}}"))).isEqualTo("too short; bad");
    }
}
