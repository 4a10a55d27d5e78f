package org.mastokey.account.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mastokey.account.AccountVerifier;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.SavedAccount;
import org.mastokey.account.SavedAccounts;
import org.mastokey.account.ServerCollision;
import org.mastokey.account.TokenRejection;
import org.mastokey.account.VerifiedAccount;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.net.ApiResponse;
import org.mastokey.net.HttpApi;
import org.mastokey.net.OAuthError;
import org.mastokey.net.Secret;
import org.mastokey.net.ServiceException;
import org.mastokey.net.TokenSyntax;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.AuthorizationRequests;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.oauth.Scopes;
import org.mastokey.server.ServerInfo;
import org.mastokey.server.ServerOrigin;

/**
 * Moves the tokens of other tools' plaintext files into the keychain, for both faces: {@link #read} a file,
 * {@link #importAll} its tokens (each verified at the server the file names before it is saved, and saved
 * as the account that server's origin and answer make it, whatever the file calls it), then, if asked,
 * {@link #removePlaintext} rewrites the file without the tokens that are now in the keychain.
 */
public final class PlaintextImport {
    /** A file read, with what it holds; its text never leaves this package. */
    public static final class Source {
        private final PlaintextFormat format;
        private final Path path;
        private final String text;
        private final PlaintextFile file;

        private Source(PlaintextFormat format, Path path, String text, PlaintextFile file) {
            this.format = format;
            this.path = path;
            this.text = text;
            this.file = file;
        }

        public PlaintextFormat format() {
            return format;
        }

        public Path path() {
            return path;
        }

        public int tokenCount() {
            return file.tokens().size();
        }

        @Override
        public String toString() {
            return format.cliName() + " file " + path;
        }
    }

    /** How the file was rewritten: the file itself (empty when it was deleted) and the backup, if one was asked for. */
    public record Removal(Path file, boolean deleted, Optional<Path> backup, List<String> entries) {
    }

    private final LoginFlow flow;
    private final SavedAccounts accounts;
    private final AccountVerifier verifier;
    private final HttpApi http;

    public PlaintextImport(LoginFlow flow, SavedAccounts accounts, AccountVerifier verifier, HttpApi http) {
        this.flow = flow;
        this.accounts = accounts;
        this.verifier = verifier;
        this.http = http;
    }

    /** Where toot keeps its config: {@code $XDG_CONFIG_HOME/toot/config.json}, else {@code ~/.config/toot/config.json}. */
    public static Path tootConfig(Optional<String> xdgConfigHome, Path home) {
        Path base = xdgConfigHome.filter(dir -> !dir.isBlank()).map(Path::of).orElse(home.resolve(".config"));
        return base.resolve("toot").resolve("config.json");
    }

    public static Source read(PlaintextFormat format, Path path) {
        return read(format, path, Optional.empty(), Optional.empty());
    }

    /** A file whose format is told by its content ({@link PlaintextFormat#detect}), as the desktop app's "Import…" picks it. */
    public static Source read(Path path) {
        return read(PlaintextFormat.detect(text(path, "")), path);
    }

    /**
     * @param server     for Mastodon.py files of the oldest format, which hold no server address
     * @param clientFile Mastodon.py's client credential file, for user files without the client id and secret
     * @throws UnreadableSource the file is missing, unreadable or not in the format
     */
    public static Source read(PlaintextFormat format, Path path, Optional<String> server, Optional<Path> clientFile) {
        Optional<URI> base = server.map(typed -> PlaintextFile.apiBase(typed.contains("://") ? typed : "https://" + typed)
                .orElseThrow(() -> new UnreadableSource("--server \"" + typed + "\" is not a server address (https://host)")));
        String text = text(path, "");
        Optional<String> clientText = clientFile.map(client -> text(client, "--client-file "));
        try {
            PlaintextFile file = switch (format) {
                case TOOT -> TootConfig.parse(text);
                case MASTODON_PY -> MastodonPyFile.parse(text, base, clientText);
                case ENV -> DotEnvFile.parse(text);
            };
            return new Source(format, path, text, file);
        } catch (UnreadableSource e) {
            throw new UnreadableSource(e.getMessage().startsWith("--") ? e.getMessage() : path + " " + e.getMessage());
        }
    }

    /** Verifies and saves every token of the file, one outcome each (the unusable entries first). Keychain failures propagate. */
    public List<ImportOutcome> importAll(Source source, String note) throws KeystoreException {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (PlaintextFile.Unusable unusable : source.file.unusable()) {
            outcomes.add(ImportOutcome.rejected(unusable.entry(), unusable.reason()));
        }
        for (FoundToken token : source.file.tokens()) {
            outcomes.add(importOne(token, note));
        }
        return outcomes;
    }

    private ImportOutcome importOne(FoundToken found, String note) throws KeystoreException {
        String entry = found.entry();
        if (!TokenSyntax.isValid(found.token())) {
            return ImportOutcome.rejected(entry, "the value is not an access token (RFC 6750 characters only); not sent anywhere");
        }
        ServerInfo server;
        try {
            server = flow.discover(found.apiBase().toString());
        } catch (ServiceException e) {
            return ImportOutcome.rejected(entry, e.getMessage(), e);
        }
        if (!server.origin().equals(ServerOrigin.of(found.apiBase())) || !ServerOrigin.of(server.apiBase()).equals(server.origin())) {
            return ImportOutcome.rejected(entry, found.apiBase() + " points to another host (" + server.apiBase()
                    + "); the token was not sent there");
        }
        Scopes scopes = appScopes(server, found.token());
        VerifiedAccount verified;
        try {
            verified = verifier.verify(server, new AccessToken(found.token(), "Bearer", scopes, null));
        } catch (ServiceException e) {
            if (TokenRejection.meansRevoked(server, e)) {
                return ImportOutcome.rejected(entry, server.origin().authority() + " does not accept this token (revoked or never valid)", e);
            }
            if (e instanceof OAuthError oauth && oauth.status() == 422) {
                return ImportOutcome.rejected(entry, "the token acts for no user (an app-only token); not imported", e);
            }
            return ImportOutcome.rejected(entry, e.getMessage(), e);
        }
        Optional<SavedAccount> existing = accounts.find(verified.acct());
        if (existing.isPresent()) {
            Optional<Secret> saved = accounts.token(verified.acct());
            boolean sameServer = existing.get().isSameAccount(verified);
            if (sameServer && saved.isPresent() && saved.get().equals(found.token())) {
                return ImportOutcome.saved(entry, ImportOutcome.Kind.ALREADY_SAVED, existing.get());
            }
            if (sameServer) {
                return new ImportOutcome(entry, ImportOutcome.Kind.OTHER_TOKEN_SAVED, existing, "another token of "
                        + verified.acct() + " is saved; kept that one and left this one in the file", Optional.empty());
            }
        }
        Optional<RegisteredApp> app = found.client().map(client -> new RegisteredApp(server.origin().uri(), client.clientId(),
                client.clientSecret(), List.of(AuthorizationRequests.OOB_REDIRECT), scopes, null));
        try {
            SavedAccount saved = accounts.saveImported(server, verified, new AccessToken(found.token(), "Bearer", scopes, null), app,
                    note).account();
            return ImportOutcome.saved(entry, ImportOutcome.Kind.IMPORTED, saved);
        } catch (ServerCollision collision) {
            return ImportOutcome.rejected(entry, collision.getMessage());
        }
    }

    /**
     * The scopes of the app the token belongs to, where the server says (Mastodon 4.3 and later): the best
     * estimate of the token's own, which no API reports. Empty when unknown.
     */
    private Scopes appScopes(ServerInfo server, Secret token) {
        try {
            ApiResponse response = http.getJson(server.apiBase().resolve("/api/v1/apps/verify_credentials"), token);
            if (!response.isSuccess()) {
                return Scopes.of();
            }
            JsonNode scopes = response.successJson().path("scopes");
            List<String> values = new ArrayList<>();
            scopes.forEach(scope -> values.add(scope.asText("")));
            return Scopes.parseUntrusted(String.join(" ", values));
        } catch (ServiceException | IllegalArgumentException e) {
            return Scopes.of();
        }
    }

    /**
     * Rewrites the file without the tokens now in the keychain: a .env line becomes a reference, a toot user
     * loses its token and gains a note, a Mastodon.py user file is deleted. Nothing happens when none moved.
     *
     * @param backup keep a copy of the file as it was, {@code FILE.bak} (0600), which still holds the secrets
     * @return empty when nothing was moved
     */
    public Optional<Removal> removePlaintext(Source source, List<ImportOutcome> outcomes, boolean backup) throws IOException {
        Map<String, String> moved = new LinkedHashMap<>();
        for (ImportOutcome outcome : outcomes) {
            if (outcome.isInKeychain()) {
                moved.put(outcome.entry(), outcome.account().orElseThrow().acct());
            }
        }
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        String current = text(source.path, "");
        if (!current.equals(source.text)) {
            throw new IOException(source.path + " changed while the tokens were imported; it was left as it is");
        }
        Optional<Path> copy = backup ? Optional.of(PrivateFiles.backup(source.path, source.text)) : Optional.empty();
        Optional<String> rewritten = source.file.without(moved);
        if (rewritten.isPresent()) {
            PrivateFiles.write(source.path, rewritten.get());
        } else {
            Files.delete(source.path);
        }
        return Optional.of(new Removal(source.path, rewritten.isEmpty(), copy, List.copyOf(moved.keySet())));
    }

    private static String text(Path path, String what) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UnreadableSource(what + path + " does not exist");
        } catch (MalformedInputException e) {
            throw new UnreadableSource(what + path + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UnreadableSource("could not read " + what + path + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
