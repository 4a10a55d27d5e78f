package org.mastokey.ui.wizard.scopes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mastokey.server.Capabilities;
import org.mastokey.server.ServerAddress;
import org.mastokey.server.ServerInfo;
import org.mastokey.server.Software;

class ScopeCatalogTest {

    private static ServerInfo server(String software, String version, boolean metadata, Set<String> listed) {
        return new ServerInfo(new ServerAddress("https", "example.social", -1, null), URI.create("https://example.social"),
                "example.social", "Example", "", null, new Software(software, version),
                new Capabilities(metadata, metadata, listed, true, true, true, true), null);
    }

    @Test
    void profileOnlyFromMastodon43AndCollectionsOnlyFrom46WhenTheServerListsNothing() {
        ScopeCatalog old = ScopeCatalog.forServer(server("mastodon", "4.2.10", false, Set.of()));
        assertThat(old.supports("profile")).isFalse();
        assertThat(old.supports("read:collections")).isFalse();
        assertThat(old.scopesOf(Preset.POST_STATUSES).asParameter()).isEqualTo("read:accounts write:media write:statuses");

        ScopeCatalog newer = ScopeCatalog.forServer(server("mastodon", "4.6.5", true, Set.of()));
        assertThat(newer.supports("profile")).isTrue();
        assertThat(newer.supports("read:collections")).isTrue();
        assertThat(newer.scopesOf(Preset.POST_STATUSES).asParameter()).isEqualTo("profile write:media write:statuses");
    }

    @Test
    void aListedScopeSetLimitsTheTree() {
        ScopeCatalog catalog = ScopeCatalog.forServer(server("gotosocial", "0.20.0", true, Set.of("read", "write", "profile")));
        assertThat(catalog.groups()).extracting(ScopeCatalog.Group::scope).containsExactly("profile", "read", "write");
        assertThat(catalog.supports("push")).isFalse();
        assertThat(catalog.supports("admin:read")).isFalse();
        assertThat(catalog.scopesOf(Preset.FULL_ACCESS).asParameter()).isEqualTo("read write");
    }

    @Test
    void theDefaultIsTheSmallestPresetAndAdminScopesAreDangerous() {
        ScopeCatalog catalog = ScopeCatalog.forServer(server("mastodon", "4.6.5", true, Set.of()));
        assertThat(catalog.minimalPreset()).isEqualTo(Preset.READ_ONLY);
        assertThat(ScopeCatalog.dangerous("admin:write:accounts")).isTrue();
        assertThat(ScopeCatalog.dangerous("write:statuses")).isFalse();
        assertThat(ScopeCatalog.textKey("admin:read:ip_blocks")).isEqualTo("scope.admin.read.ip_blocks");
    }
}
