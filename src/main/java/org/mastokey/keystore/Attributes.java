package org.mastokey.keystore;

import java.util.HashMap;
import java.util.Map;

/** Attribute-map rules shared by the backends. */
public final class Attributes {
    private Attributes() {
    }

    /** What callers see: without {@code service}, {@code account} and backend-internal {@code xdg:*} keys. */
    public static Map<String, String> withoutKeyAttributes(Map<String, String> attributes) {
        Map<String, String> result = new HashMap<>();
        attributes.forEach((name, value) -> {
            if (!name.equals(SecretStore.SERVICE_ATTRIBUTE) && !name.equals(SecretStore.ACCOUNT_ATTRIBUTE)
                    && !name.startsWith("xdg:") && value != null) {
                result.put(name, value);
            }
        });
        return Map.copyOf(result);
    }

    /** What a backend stores: the caller's attributes plus {@code service} and {@code account} from the key. */
    public static Map<String, String> forItem(SecretStore.SecretKey key, Map<String, String> attributes) {
        Map<String, String> result = new HashMap<>(withoutKeyAttributes(attributes));
        result.put(SecretStore.SERVICE_ATTRIBUTE, key.service());
        result.put(SecretStore.ACCOUNT_ATTRIBUTE, key.account());
        return result;
    }
}
