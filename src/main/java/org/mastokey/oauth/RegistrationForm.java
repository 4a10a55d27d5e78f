package org.mastokey.oauth;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mastokey.net.ApiResponse;
import org.mastokey.net.HttpApi;
import org.mastokey.server.Quirk;
import org.mastokey.server.ServerInfo;

/**
 * The {@code POST /api/v1/apps} form for one server: the standard Mastodon parameters, plus the extras
 * Mastokey sends where they help ({@code website}; {@code scope} for software that reads it instead
 * of {@code scopes}). Strings, never arrays: arrays break Mastodon before 4.3, GoToSocial and snac.
 */
final class RegistrationForm {
    /** What a registration needs; the extras ({@code website}, {@code scope}) may be left out for a strict server. */
    private static final Set<String> REQUIRED = Set.of("client_name", "redirect_uris", "scopes");

    private RegistrationForm() {
    }

    static Map<String, String> of(ServerInfo server, AppKey key, boolean withExtras) {
        Map<String, String> form = HttpApi.form(
                "client_name", AppRegistry.CLIENT_NAME,
                "redirect_uris", String.join("\n", key.redirectUris()),
                "scopes", key.scopes().asParameter());
        if (withExtras && server.capabilities().has(Quirk.REGISTRATION_READS_SCOPE)) {
            form.put("scope", key.scopes().asParameter());
        }
        if (withExtras) {
            form.put("website", AppRegistry.WEBSITE);
        }
        return form;
    }

    /**
     * Whether a 400/422 answer names one of the optional keys the form carried ({@code Unrecognized key:
     * "website"}, {@code unknown parameter website}): then the same registration without them may pass.
     */
    static boolean refusesAnExtra(ApiResponse response, Map<String, String> sent) {
        if (response.status() != 400 && response.status() != 422) {
            return false;
        }
        String text = response.text().toLowerCase(Locale.ROOT).replace("\\", "");
        boolean aboutKeys = text.contains("unrecognized") || text.contains("unknown") || text.contains("unexpected")
                || text.contains("not allowed") || text.contains("unpermitted");
        return aboutKeys && sent.keySet().stream().filter(k -> !REQUIRED.contains(k))
                .anyMatch(k -> Pattern.compile("(^|[^a-z_])" + k + "([^a-z_]|$)").matcher(text).find());
    }
}
