package org.mastokey.oauth;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** A set of OAuth scopes, kept sorted so that equal sets compare and cache alike. */
public record Scopes(SortedSet<String> values) {

    public Scopes {
        values = Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    /** Parses a space- (or comma/plus-) separated scope string; blank gives the empty set. */
    public static Scopes parse(String text) {
        if (text == null || text.isBlank()) {
            return new Scopes(new TreeSet<>());
        }
        return new Scopes(new TreeSet<>(Arrays.asList(text.trim().split("[\\s,+]+"))));
    }

    /** {@link #parse} for a server's answer: only RFC 6749 scope tokens (printable ASCII, no quote or backslash) are kept. */
    public static Scopes parseUntrusted(String text) {
        Scopes parsed = parse(text);
        return new Scopes(new TreeSet<>(parsed.values().stream().filter(s -> s.matches("[!#-\\[\\]-~]{1,100}")).toList()));
    }

    public static Scopes of(String... scopes) {
        return new Scopes(new TreeSet<>(Arrays.asList(scopes)));
    }

    public static Scopes of(Collection<String> scopes) {
        return new Scopes(new TreeSet<>(scopes));
    }

    /** The value of a {@code scope}/{@code scopes} parameter: space-separated. */
    public String asParameter() {
        return String.join(" ", values);
    }

    public boolean contains(String scope) {
        return values.contains(scope);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return asParameter();
    }
}
