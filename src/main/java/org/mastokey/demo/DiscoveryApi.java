package org.mastokey.demo;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** OAuth metadata (RFC 8414), NodeInfo, WebFinger and host-meta. The instance documents are in {@link InstanceApi}. */
final class DiscoveryApi {
    private final FakeState state;
    private final MastodonPersonality personality;

    DiscoveryApi(FakeState state, MastodonPersonality personality) {
        this.state = state;
        this.personality = personality;
    }

    /** The server's account domain ({@code instance.domain}): host and port of the base URI. */
    static String domain(HttpCall call) {
        return call.base().getRawAuthority();
    }

    void oauthMetadata(HttpCall call) throws IOException {
        if (!personality.hasOAuthMetadata()) {
            call.html(404, "<!DOCTYPE html><html><body><h1>The page you are looking for isn't here.</h1></body></html>");
            return;
        }
        call.json(200, personality.oauthMetadata(call));
    }

    void nodeInfoLinks(HttpCall call) throws IOException {
        call.json(200, HttpCall.obj("links", List.of(HttpCall.obj(
                "rel", "http://nodeinfo.diaspora.software/ns/schema/2.0",
                "href", call.url("/nodeinfo/2.0")))));
    }

    void nodeInfo(HttpCall call) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", "2.0");
        json.put("software", HttpCall.obj("name", personality.softwareName(), "version", personality.nodeInfoVersion()));
        json.put("protocols", List.of("activitypub"));
        json.put("services", HttpCall.obj("outbound", List.of(), "inbound", List.of()));
        json.put("usage", HttpCall.obj("users", HttpCall.obj("total", state.users.size(), "activeMonth", state.users.size(),
                "activeHalfyear", state.users.size()), "localPosts", 256));
        json.put("openRegistrations", false);
        json.put("metadata", HttpCall.obj("nodeName", InstanceApi.TITLE, "nodeDescription", InstanceApi.SHORT_DESCRIPTION));
        call.json(200, json, "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.0#\"");
    }

    /** {@code ?resource=acct:alice@DOMAIN} (also {@code alice@DOMAIN} or the profile/actor URL). */
    void webfinger(HttpCall call) throws IOException {
        String resource = call.query().text("resource").trim();
        if (resource.isEmpty()) {
            call.empty(400);
            return;
        }
        Optional<FakeUser> user = resolve(call, resource);
        if (user.isEmpty()) {
            call.empty(404);
            return;
        }
        String username = user.get().username();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", "acct:" + username + "@" + domain(call));
        json.put("aliases", List.of(call.url("/@" + username), call.url("/users/" + username)));
        json.put("links", List.of(
                HttpCall.obj("rel", "http://webfinger.net/rel/profile-page", "type", "text/html",
                        "href", call.url("/@" + username)),
                HttpCall.obj("rel", "self", "type", "application/activity+json", "href", call.url("/users/" + username)),
                HttpCall.obj("rel", "http://webfinger.net/rel/avatar", "type", "image/png",
                        "href", call.url(user.get().avatarPath()))));
        call.setHeader("Access-Control-Allow-Origin", "*");
        call.json(200, json, "application/jrd+json; charset=utf-8");
    }

    private Optional<FakeUser> resolve(HttpCall call, String resource) {
        String r = URLDecoder.decode(resource, StandardCharsets.UTF_8);
        for (FakeUser user : state.users) {
            String handle = user.username() + "@" + domain(call);
            if (r.equalsIgnoreCase("acct:" + handle) || r.equalsIgnoreCase(handle)
                    || r.equals(call.url("/@" + user.username())) || r.equals(call.url("/users/" + user.username()))) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }

    void hostMeta(HttpCall call) throws IOException {
        String template = call.url("/.well-known/webfinger?resource={uri}");
        String accept = Optional.ofNullable(call.header("Accept")).orElse("");
        if (accept.contains("json")) {
            call.json(200, HttpCall.obj("links", List.of(HttpCall.obj("rel", "lrdd", "template", template))));
            return;
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<XRD xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n"
                + "  <Link rel=\"lrdd\" template=\"" + Html.escape(template) + "\"/>\n</XRD>\n";
        call.send(200, "application/xrd+xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8));
    }
}
