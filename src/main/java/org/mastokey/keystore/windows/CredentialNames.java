package org.mastokey.keystore.windows;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mastokey.keystore.SecretStore.SecretKey;

/**
 * How Mastokey names things in Credential Manager: target names, attribute keywords, comments.
 *
 * <p>Credential Manager matches target names without regard to case, and so does Mastodon with
 * user names. The target name is therefore lower-cased: {@code Alice@example.social} and
 * {@code alice@example.social} are one item, whatever the Windows version does, and the user name
 * field keeps the spelling last written, which is what {@link #accountOf} reports.
 */
final class CredentialNames {
    /** {@code <Company>_<Name>}, the form the CREDENTIAL_ATTRIBUTE documentation asks for. */
    static final String KEYWORD = "Mastokey_Attributes_";
    /** What versions before it wrote; still read. */
    static final String OLD_KEYWORD = "mastokey:attributes:";
    /** CRED_MAX_STRING_LENGTH counts the terminating NUL. */
    static final int MAX_COMMENT_UNITS = CredApi.CRED_MAX_STRING_LENGTH - 1;

    private CredentialNames() {
    }

    static String target(SecretKey key) {
        return key.service().toLowerCase(Locale.ROOT) + ":" + key.account().toLowerCase(Locale.ROOT);
    }

    /** What CredEnumerateW is asked for; it matches case-insensitively too. */
    static String filter(String service) {
        return service.toLowerCase(Locale.ROOT) + ":*";
    }

    static String keyword(int index) {
        return KEYWORD + index;
    }

    /**
     * The account of an enumerated credential of {@code service}, or empty when it is not one.
     * The user name wins when it spells the same account, so the case the user last typed survives.
     */
    static Optional<String> accountOf(String service, String targetName, String userName) {
        String prefix = service + ":";
        if (targetName == null || targetName.length() <= prefix.length()
                || !targetName.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        String account = targetName.substring(prefix.length());
        return Optional.of(userName != null && userName.equalsIgnoreCase(account) ? userName : account);
    }

    /** The label, cut to what a comment may hold without splitting a character (a surrogate pair). */
    static String comment(String label) {
        if (label.length() <= MAX_COMMENT_UNITS) {
            return label;
        }
        int end = MAX_COMMENT_UNITS;
        if (Character.isHighSurrogate(label.charAt(end - 1)) && Character.isLowSurrogate(label.charAt(end))) {
            end--;
        }
        return label.substring(0, end);
    }

    /**
     * The attribute pieces in order, by keyword index; pieces under today's keyword win over the old
     * one, and keywords of other programs are ignored.
     */
    static Map<Integer, byte[]> pieces(Map<String, byte[]> keywordValues) {
        Map<Integer, byte[]> current = indexed(keywordValues, KEYWORD);
        return current.isEmpty() ? indexed(keywordValues, OLD_KEYWORD) : current;
    }

    private static Map<Integer, byte[]> indexed(Map<String, byte[]> keywordValues, String prefix) {
        Map<Integer, byte[]> ordered = new TreeMap<>();
        keywordValues.forEach((keyword, value) -> {
            if (keyword.startsWith(prefix)) {
                String index = keyword.substring(prefix.length());
                if (!index.isEmpty() && index.length() < 4 && index.chars().allMatch(Character::isDigit)) {
                    ordered.put(Integer.parseInt(index), value);
                }
            }
        });
        return ordered;
    }
}
