package org.mastokey.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.mastokey.net.ApiResponse;
import org.mastokey.net.DaemonThreads;
import org.mastokey.net.HttpApi;
import org.mastokey.net.NotMastodonCompatible;
import org.mastokey.net.ServiceException;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.net.UnsupportedServer;

/**
 * Finds out what a server is: WebFinger for handles, instance v2 (v1 fallback), NodeInfo and the
 * OAuth metadata document, the independent requests in parallel.
 */
public final class Discovery {
    /** Shared by all discoveries; daemon threads so that an abandoned discovery never keeps the JVM alive. */
    private static final ExecutorService PARALLEL = Executors.newCachedThreadPool(DaemonThreads.factory("mastokey-discovery"));

    private final HttpApi http;
    private final ServerMemory memory;

    /** A picture a server named (its thumbnail, an avatar), fetched by the API's rules; see {@link HttpApi#picture}. */
    public Optional<byte[]> picture(URI uri) {
        return http.picture(uri);
    }

    public Discovery(HttpApi http) {
        this(http, new ServerMemory());
    }

    public Discovery(HttpApi http, ServerMemory memory) {
        this.http = http;
        this.memory = memory;
    }

    /** What servers answered earlier; shared with whoever learns more from them. */
    public ServerMemory memory() {
        return memory;
    }

    /** @throws org.mastokey.net.ServiceException typed, with a message a person can act on */
    public ServerInfo discover(ServerAddress address) {
        Optional<WebFinger.Account> account = address.handle().map(handle -> new WebFinger(http).lookUp(address));
        URI apiBase = account.map(WebFinger.Account::apiBase).orElse(address.baseUri());
        String host = apiBase.getHost();

        CompletableFuture<Optional<JsonNode>> instance = async(() -> instance(apiBase));
        CompletableFuture<Optional<Software>> nodeInfo = async(() -> new NodeInfo(http).software(apiBase));
        CompletableFuture<Optional<JsonNode>> metadata = async(() -> metadata(apiBase));

        Optional<Software> reported = joinQuietly(nodeInfo);
        if (reported.isPresent() && reported.get().isMisskeyFamily()) {
            throw new UnsupportedServer(address.displayName(), reported.get().name());
        }
        JsonNode instanceJson = join(instance).orElseThrow(() -> new NotMastodonCompatible(address.displayName(),
                "it has no /api/v1/instance" + reported.map(s -> "; it runs " + s.name()).orElse("")));
        Optional<JsonNode> oauthMetadata = join(metadata);
        InstanceDocument document = InstanceDocument.read(instanceJson, host);
        Software software = reported.orElseGet(() -> Software.fromVersionString(document.version()));
        Capabilities capabilities = memory.correct(apiBase, CapabilityDetection.detect(software, oauthMetadata));
        String expectedAcct = address.handle().map(h -> address.user() + "@" + accountDomain(address, apiBase, document))
                .orElse(null);
        return new ServerInfo(address, apiBase, document.domain(), document.title(), document.description(),
                document.thumbnail(), software, capabilities, expectedAcct);
    }

    /**
     * The typed handle's domain when the API lives there, or when WebFinger at that domain handed over
     * to this API origin and the origin names the typed domain as its own; otherwise the origin's
     * authority. A server's word alone never makes an account belong to another domain.
     */
    private static String accountDomain(ServerAddress typed, URI apiBase, InstanceDocument document) {
        ServerOrigin typedOrigin = ServerOrigin.of(typed.baseUri());
        ServerOrigin api = ServerOrigin.of(apiBase);
        boolean confirmed = typedOrigin.equals(api) || typedOrigin.authority().equalsIgnoreCase(document.domain());
        return confirmed ? typedOrigin.authority() : api.authority();
    }

    private Optional<JsonNode> instance(URI apiBase) {
        ApiResponse v2 = http.getJson(apiBase.resolve("/api/v2/instance"));
        if (v2.isSuccess() && v2.looksLikeJson()) {
            JsonNode json = v2.json();
            if (json.isObject()) {   // a bare string or array is no instance document: ask v1
                return Optional.of(json);
            }
        }
        ApiResponse v1 = http.getJson(apiBase.resolve("/api/v1/instance"));
        if (v1.isSuccess() && v1.looksLikeJson()) {
            JsonNode json = v1.json();
            return json.isObject() ? Optional.of(json) : Optional.empty();
        }
        if (v1.status() >= 500 && v2.status() >= 500) {
            throw new UnexpectedResponse(HttpApi.serverName(apiBase), v1.status(), "the server has a problem right now");
        }
        return Optional.empty();
    }

    /** {@code /.well-known/oauth-authorization-server}; 404 (or anything not JSON) means an older server. */
    private Optional<JsonNode> metadata(URI apiBase) {
        ApiResponse response = http.getJson(apiBase.resolve("/.well-known/oauth-authorization-server"));
        if (!response.isSuccess() || !response.looksLikeJson()) {
            return Optional.empty();
        }
        try {
            JsonNode json = response.json();
            return json.isObject() ? Optional.of(json) : Optional.empty();
        } catch (UnexpectedResponse brokenJson) {
            return Optional.empty();
        }
    }

    private static <T> CompletableFuture<T> async(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, PARALLEL);
    }

    /** NodeInfo only names the software; when it fails, the instance document still tells enough. */
    private static Optional<Software> joinQuietly(CompletableFuture<Optional<Software>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ServiceException s) {
                throw s;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
