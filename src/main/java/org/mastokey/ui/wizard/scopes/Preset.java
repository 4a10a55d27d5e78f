package org.mastokey.ui.wizard.scopes;

import java.util.List;

/** Ready-made scope choices, from the fewest rights to the most. */
public enum Preset {
    READ_ONLY("scopes.preset.readOnly", List.of("read")),
    POST_STATUSES("scopes.preset.post", List.of(Preset.IDENTITY, "write:statuses", "write:media")),
    FULL_ACCESS("scopes.preset.full", List.of("read", "write", "push")),
    CUSTOM("scopes.preset.custom", List.of());

    /** Stands for {@code profile} where the server has it, {@code read:accounts} elsewhere. */
    static final String IDENTITY = "(identity)";

    private final String textKey;
    private final List<String> scopes;

    Preset(String textKey, List<String> scopes) {
        this.textKey = textKey;
        this.scopes = scopes;
    }

    public String textKey() {
        return textKey;
    }

    List<String> scopes() {
        return scopes;
    }
}
