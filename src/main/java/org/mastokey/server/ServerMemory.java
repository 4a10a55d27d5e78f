package org.mastokey.server;

import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What servers have said about themselves when asked, remembered per API base for as long as the
 * engine lives, so that a refusal is met once, not at every login.
 */
public final class ServerMemory {
    /** Something a server answered that its documents did not say. */
    public enum Learned {
        /** It refused the client-credentials grant: no app-only tokens there. */
        NO_CLIENT_CREDENTIALS,
        /** It refused a registration naming a parameter it does not read: send only the required ones. */
        STRICT_FORMS
    }

    private final Map<URI, Set<Learned>> facts = new ConcurrentHashMap<>();

    public void remember(URI apiBase, Learned fact) {
        facts.computeIfAbsent(apiBase, k -> ConcurrentHashMap.newKeySet()).add(fact);
    }

    public boolean knows(URI apiBase, Learned fact) {
        return facts.getOrDefault(apiBase, Set.of()).contains(fact);
    }

    /** The capabilities discovery detected, corrected by what this server answered before. */
    Capabilities correct(URI apiBase, Capabilities detected) {
        Set<Learned> known = facts.getOrDefault(apiBase, EnumSet.noneOf(Learned.class));
        return known.contains(Learned.NO_CLIENT_CREDENTIALS) ? detected.withoutClientCredentials() : detected;
    }
}
