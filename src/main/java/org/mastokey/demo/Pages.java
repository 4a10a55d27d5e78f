package org.mastokey.demo;

import java.util.Map;

/** The HTML pages a browser (or WebView) sees during sign-in and consent. Stable ids for scripted clicks. */
final class Pages {
    private static final Map<String, String> SCOPE_LABELS = Map.ofEntries(
            Map.entry("read", "Read all your account's data"),
            Map.entry("write", "Modify all your account's data"),
            Map.entry("follow", "Modify account relationships"),
            Map.entry("push", "Receive your push notifications"),
            Map.entry("profile", "Read only your account's profile information"),
            Map.entry("read:accounts", "See accounts information"),
            Map.entry("read:statuses", "See all posts"),
            Map.entry("read:notifications", "See your notifications"),
            Map.entry("write:statuses", "Publish posts"),
            Map.entry("write:media", "Upload media files"),
            Map.entry("write:favourites", "Favorite posts"),
            Map.entry("write:follows", "Follow people"));

    private final String serverTitle;

    Pages(String serverTitle) {
        this.serverTitle = serverTitle;
    }

    String signIn(String csrf, String username, String alert) {
        String error = alert == null ? "" : "<div class=\"flash-message alert\" id=\"error\" role=\"alert\">"
                + Html.escape(alert) + "</div>";
        return Html.page("Log in", serverTitle, """
                <h1>Log in</h1>
                %s
                <form id="sign-in-form" class="simple_form" method="post" action="/auth/sign_in">
                  %s
                  <label for="username">Username or e-mail address</label>
                  <input type="text" id="username" name="username" autocomplete="username" value="%s" autofocus>
                  <label for="password">Password</label>
                  <input type="password" id="password" name="password" autocomplete="current-password">
                  <div class="actions"><button type="submit" id="sign-in">Log in</button></div>
                </form>
                <p class="muted">Demo accounts: alice / wonderland and bob / builder.</p>
                """.formatted(error, Html.hidden("authenticity_token", csrf), Html.escape(username)));
    }

    String consent(AuthRequest request, FakeUser user, String avatarUrl, String csrf, String returnTo) {
        StringBuilder scopes = new StringBuilder();
        for (String scope : request.scopes()) {
            scopes.append("<li>").append(Html.escape(SCOPE_LABELS.getOrDefault(scope, "Access: " + scope)))
                    .append("<code>").append(Html.escape(scope)).append("</code></li>");
        }
        String hidden = hiddenFields(request, csrf);
        return Html.page("Authorization required", serverTitle, """
                <h2 class="title">Authorization required</h2>
                <div class="account"><img src="%s" alt=""><div><strong id="signed-in-as">%s</strong>
                  <div class="muted">@%s</div></div></div>
                <p class="prompt"><strong id="app-name">%s</strong> would like permission to access your account.
                  It is a third-party application. If you do not trust it, then you should not authorize it.</p>
                <h3>Review permissions</h3>
                <ul class="permissions-list" id="scopes">%s</ul>
                <div class="actions">
                  <form id="authorize-form" method="post" action="/oauth/authorize">%s
                    <button type="submit" id="authorize">Authorize</button></form>
                  <form id="deny-form" method="post" action="/oauth/authorize">%s%s
                    <button type="submit" id="deny" class="negative">Deny</button></form>
                </div>
                <form id="sign-out-form" method="post" action="/auth/sign_out">%s%s%s
                  <p class="muted">Not you? <button type="submit" id="sign-out" class="link">Log out and continue</button></p></form>
                """.formatted(Html.escape(avatarUrl), Html.escape(user.displayName()), Html.escape(user.username()),
                Html.escape(request.app().name()), scopes, hidden, Html.hidden("_method", "delete"), hidden,
                Html.hidden("authenticity_token", csrf), Html.hidden("_method", "delete"),
                Html.hidden("return_to", returnTo)));
    }

    private static String hiddenFields(AuthRequest request, String csrf) {
        StringBuilder out = new StringBuilder(Html.hidden("authenticity_token", csrf));
        out.append(Html.hidden("client_id", request.app().clientId()));
        out.append(Html.hidden("redirect_uri", request.redirectUri()));
        out.append(Html.hidden("state", request.state()));
        out.append(Html.hidden("response_type", "code"));
        out.append(Html.hidden("response_mode", request.responseMode()));
        out.append(Html.hidden("scope", String.join(" ", request.scopes())));
        if (request.codeChallenge() != null) {
            out.append(Html.hidden("code_challenge", request.codeChallenge()));
            out.append(Html.hidden("code_challenge_method", request.codeChallengeMethod()));
        }
        return out.toString();
    }

    String error(String description) {
        return Html.page("An error has occurred", serverTitle, """
                <h2>An error has occurred</h2>
                <div class="flash-message" id="error">%s</div>
                """.formatted(Html.escape(description)));
    }

    String nativeCode(String code) {
        return Html.page("Authorization code", serverTitle, """
                <div class="flash-message simple_form">
                  <p>Copy this authorization code and paste it to the application.</p>
                  <div class="input-copy"><div class="input-copy__wrapper">
                    <input type="text" maxlength="999" spellcheck="false" readonly="readonly" value="%s" class="oauth-code" id="oauth-code">
                  </div><button class="button" type="button" id="copy" onclick="var i=document.getElementById('oauth-code');i.select();document.execCommand('copy');">Copy</button></div>
                </div>
                """.formatted(Html.escape(code)));
    }

    /** The out-of-band page of GoToSocial, Pleroma and Friendica: an intro sentence and the code. */
    String outOfBandCode(String intro, String code, String state) {
        String stateLine = state == null || state.isEmpty() ? ""
                : "<p class=\"muted\">State: <code id=\"state\">" + Html.escape(state) + "</code></p>";
        return Html.page("Authorization code", serverTitle, """
                <p>%s</p>
                <p><code id="oob-code">%s</code></p>
                %s
                """.formatted(Html.escape(intro), Html.escape(code), stateLine));
    }

    /** Pleroma/snac: one form with the login fields and the authorize parameters. */
    String embeddedLogin(AuthRequest request, String action, String login, String alert) {
        String error = alert == null ? "" : "<div class=\"flash-message alert\" id=\"error\" role=\"alert\">"
                + Html.escape(alert) + "</div>";
        StringBuilder hidden = new StringBuilder();
        hidden.append(Html.hidden("client_id", request.app().clientId()));
        hidden.append(Html.hidden("redirect_uri", request.redirectUri()));
        hidden.append(Html.hidden("state", request.state()));
        hidden.append(Html.hidden("response_type", "code"));
        hidden.append(Html.hidden("scope", String.join(" ", request.scopes())));
        return Html.page("Authorize " + request.app().name(), serverTitle, """
                <h2>%s wants to access your account</h2>
                %s
                <form id="authorize-form" method="post" action="%s">%s
                  <label for="username">Username</label>
                  <input type="text" id="username" name="username" autocomplete="username" value="%s">
                  <label for="password">Password</label>
                  <input type="password" id="password" name="password" autocomplete="current-password">
                  <p class="muted">Permissions: %s</p>
                  <div class="actions"><button type="submit" id="authorize">Authorize</button></div>
                </form>
                """.formatted(Html.escape(request.app().name()), error, Html.escape(action), hidden,
                Html.escape(login), Html.escape(String.join(" ", request.scopes()))));
    }

    /** {@code response_mode=form_post}: a form the browser submits to the redirect URI by itself. */
    String formPost(String redirectUri, Map<String, String> fields) {
        StringBuilder hidden = new StringBuilder();
        fields.forEach((k, v) -> hidden.append(Html.hidden(k, v)));
        return Html.page("Redirecting", serverTitle, """
                <form id="form-post" method="post" action="%s">%s<button type="submit" id="continue">Continue</button></form>
                <script>document.getElementById('form-post').submit();</script>
                """.formatted(Html.escape(redirectUri), hidden));
    }

    String home(FakeUser user) {
        String who = user == null ? "Not signed in." : "Signed in as @" + Html.escape(user.username()) + ".";
        return Html.page("Home", serverTitle, """
                <h2>Mastokey demo server</h2>
                <p>A fake Mastodon server on loopback for tests and the demo mode.</p>
                <p class="muted" id="who">%s</p>
                """.formatted(who));
    }

    String profile(FakeUser user, String avatarUrl) {
        return Html.page(user.displayName(), serverTitle, """
                <div class="account"><img src="%s" alt=""><div><strong>%s</strong><div class="muted">@%s</div></div></div>
                <p>%s</p>
                """.formatted(Html.escape(avatarUrl), Html.escape(user.displayName()), Html.escape(user.username()),
                Html.escape(user.note())));
    }
}
