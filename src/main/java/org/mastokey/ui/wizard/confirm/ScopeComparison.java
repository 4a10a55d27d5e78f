package org.mastokey.ui.wizard.confirm;

import java.util.SortedSet;
import java.util.TreeSet;
import org.mastokey.oauth.Scopes;

/**
 * What the user chose against what the server granted. Only a chosen scope that was not granted is a
 * problem; scopes granted beyond the choice (such as the {@code read:accounts} Mastokey adds itself to
 * show who signed in) are news, not a warning.
 *
 * @param missing chosen but not granted
 * @param extra   granted but not chosen
 */
record ScopeComparison(SortedSet<String> missing, SortedSet<String> extra) {

    static ScopeComparison of(Scopes chosen, Scopes granted) {
        TreeSet<String> missing = new TreeSet<>(chosen.values());
        missing.removeAll(granted.values());
        TreeSet<String> extra = new TreeSet<>(granted.values());
        extra.removeAll(chosen.values());
        return new ScopeComparison(missing, extra);
    }

    boolean somethingMissing() {
        return !missing.isEmpty();
    }
}
