package org.mastokey.ui.wizard.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mastokey.oauth.Scopes;

class ScopeComparisonTest {

    @Test
    void aScopeMastokeyAddedItselfIsNoWarning() {
        // GoToSocial, "Post statuses": Mastokey asks for read:accounts too, to show who signed in
        ScopeComparison comparison = ScopeComparison.of(Scopes.of("write:media", "write:statuses"),
                Scopes.of("read:accounts", "write:media", "write:statuses"));

        assertThat(comparison.somethingMissing()).isFalse();
        assertThat(comparison.extra()).containsExactly("read:accounts");
    }

    @Test
    void aChosenScopeNotGrantedIsNamed() {
        ScopeComparison comparison = ScopeComparison.of(Scopes.of("read", "write:statuses"), Scopes.of("read"));

        assertThat(comparison.somethingMissing()).isTrue();
        assertThat(comparison.missing()).containsExactly("write:statuses");
    }
}
