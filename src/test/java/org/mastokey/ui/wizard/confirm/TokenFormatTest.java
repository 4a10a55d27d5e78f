package org.mastokey.ui.wizard.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.mastokey.net.Secret;

class TokenFormatTest {
    private final Secret token = Secret.of("T0k3n");
    private final URI check = URI.create("https://example.social/api/v1/accounts/verify_credentials");

    @Test
    void eachFormatCarriesTheTokenAsScriptsExpectIt() {
        assertThat(TokenFormat.TOKEN.format(token, check)).isEqualTo("T0k3n");
        assertThat(TokenFormat.HEADER.format(token, check)).isEqualTo("Authorization: Bearer T0k3n");
        assertThat(TokenFormat.CURL.format(token, check))
                .isEqualTo("curl -H 'Authorization: Bearer T0k3n' 'https://example.social/api/v1/accounts/verify_credentials'");
        assertThat(TokenFormat.ENV.format(token, check)).isEqualTo("MASTODON_ACCESS_TOKEN=T0k3n");
    }
}
