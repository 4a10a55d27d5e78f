package org.mastokey.keystore.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.io.ByteArrayOutputStream;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mastokey.keystore.AttributeText;
import org.mastokey.keystore.Attributes;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.keystore.SecretStore;
import org.mastokey.keystore.TimeLimit;
import org.mastokey.net.Secret;

/**
 * Windows Credential Manager (generic credentials) through Advapi32. Target name
 * {@code service:account} in lower case (what Credential Manager lists; see {@link CredentialNames}),
 * user name = account, comment = label, secret = UTF-8 blob (UTF-16LE ones are read too, see
 * {@link CredentialBlob}), attributes URL-encoded in credential attributes of at most 256 bytes each.
 * Compiled and unit-tested on Linux; its contract test runs on the workflow's Windows runner.
 */
public final class WindowsCredentialStore implements SecretStore {
    static final String BACKEND = "Windows Credential Manager";

    private final Duration limit;
    private final TimeLimit timeLimit = new TimeLimit(BACKEND);
    private CredApi api;

    public WindowsCredentialStore() {
        this(Duration.ofSeconds(10));
    }

    public WindowsCredentialStore(Duration limit) {
        this.limit = limit;
    }

    @Override
    public String backendName() {
        return BACKEND;
    }

    @Override
    public org.mastokey.keystore.KeychainKind kind() {
        return org.mastokey.keystore.KeychainKind.WINDOWS_CREDENTIALS;
    }

    @Override
    public Availability availability() {
        try {
            list("org.mastokey.status-probe");
            return new Availability(Status.AVAILABLE, "Tokens are saved in " + BACKEND + ".");
        } catch (KeystoreException e) {
            return new Availability(Status.UNAVAILABLE, e.getMessage());
        }
    }

    @Override
    public Optional<StoredSecret> read(SecretKey key) throws KeystoreException {
        return timeLimit.run("reading " + key.account(), limit, () -> {
            PointerByReference found = new PointerByReference();
            if (!api().CredReadW(new WString(CredentialNames.target(key)), CredApi.CRED_TYPE_GENERIC, 0, found)) {
                int error = Native.getLastError();
                if (error == CredApi.ERROR_NOT_FOUND) {
                    return Optional.empty();
                }
                throw failure(error, "reading " + key.account());
            }
            try {
                CredApi.Credential credential = new CredApi.Credential(found.getValue());
                byte[] blob = credential.CredentialBlob == null ? new byte[0]
                        : credential.CredentialBlob.getByteArray(0, credential.CredentialBlobSize);
                String secret = CredentialBlob.decode(blob);
                Arrays.fill(blob, (byte) 0);
                return Optional.of(new StoredSecret(key, secret, attributes(credential)));
            } finally {
                api().CredFree(found.getValue());
            }
        });
    }

    @Override
    public void write(SecretKey key, String label, Secret secret, Map<String, String> attributes) throws KeystoreException {
        byte[] blob = secret.reveal().getBytes(StandardCharsets.UTF_8);
        if (blob.length > CredApi.CRED_MAX_CREDENTIAL_BLOB_SIZE) {
            int length = blob.length;
            Arrays.fill(blob, (byte) 0);
            throw tooLong("the secret is " + length + " bytes long (UTF-8), and a credential holds at most "
                    + CredApi.CRED_MAX_CREDENTIAL_BLOB_SIZE + " bytes");
        }
        List<byte[]> chunks = chunks(AttributeText.encode(Attributes.withoutKeyAttributes(attributes)));
        if (chunks.size() > CredApi.CRED_MAX_ATTRIBUTES) {
            Arrays.fill(blob, (byte) 0);
            throw tooLong("its attributes take " + chunks.size() + " pieces of " + CredApi.CRED_MAX_VALUE_SIZE
                    + " bytes, and a credential holds at most " + CredApi.CRED_MAX_ATTRIBUTES);
        }
        timeLimit.run("saving " + key.account(), limit, () -> {
            try (CredentialArgument argument = CredentialArgument.build(CredentialNames.target(key), key.account(),
                    CredentialNames.comment(label), blob, chunks)) {
                boolean written = api().CredWriteW(argument.credential, 0);
                int error = Native.getLastError();
                Reference.reachabilityFence(argument);
                if (!written) {
                    throw failure(error, "saving " + key.account());
                }
            }
            return null;
        });
    }

    @Override
    public boolean delete(SecretKey key) throws KeystoreException {
        return timeLimit.run("deleting " + key.account(), limit, () -> {
            if (api().CredDeleteW(new WString(CredentialNames.target(key)), CredApi.CRED_TYPE_GENERIC, 0)) {
                return true;
            }
            int error = Native.getLastError();
            if (error == CredApi.ERROR_NOT_FOUND) {
                return false;
            }
            throw failure(error, "deleting " + key.account());
        });
    }

    @Override
    public List<StoredItem> list(String service) throws KeystoreException {
        return timeLimit.run("listing saved items", limit, () -> {
            IntByReference count = new IntByReference();
            PointerByReference found = new PointerByReference();
            if (!api().CredEnumerateW(new WString(CredentialNames.filter(service)), 0, count, found)) {
                int error = Native.getLastError();
                if (error == CredApi.ERROR_NOT_FOUND) {
                    return List.of();
                }
                throw failure(error, "listing saved items");
            }
            try {
                List<StoredItem> items = new ArrayList<>();
                for (Pointer pointer : found.getValue().getPointerArray(0, count.getValue())) {
                    CredApi.Credential credential = new CredApi.Credential(pointer);
                    Optional<String> account = credential.Type != CredApi.CRED_TYPE_GENERIC ? Optional.empty()
                            : CredentialNames.accountOf(service, text(credential.TargetName), text(credential.UserName));
                    if (account.isPresent() && !account.get().isBlank()) {
                        items.add(new StoredItem(new SecretKey(service, account.get()), text(credential.Comment),
                                attributes(credential)));
                    }
                }
                items.sort(Comparator.comparing(i -> i.key().account()));
                return items;
            } finally {
                api().CredFree(found.getValue());
            }
        });
    }

    /** Splits on byte boundaries; the pieces are joined again before decoding, so UTF-8 may be cut anywhere. */
    static List<byte[]> chunks(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<byte[]> chunks = new ArrayList<>();
        for (int start = 0; start < bytes.length; start += CredApi.CRED_MAX_VALUE_SIZE) {
            chunks.add(Arrays.copyOfRange(bytes, start, Math.min(bytes.length, start + CredApi.CRED_MAX_VALUE_SIZE)));
        }
        return chunks;
    }

    /** Joins the pieces by their keyword index ({@link CredentialNames#pieces}); other keywords are ignored. */
    static String join(Map<String, byte[]> keywordValues) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        CredentialNames.pieces(keywordValues).values().forEach(joined::writeBytes);
        return joined.toString(StandardCharsets.UTF_8);
    }

    private static String text(WString text) {
        return text == null ? "" : text.toString();
    }

    private static Map<String, String> attributes(CredApi.Credential credential) {
        Map<String, byte[]> values = new TreeMap<>();
        if (credential.Attributes != null) {
            int size = new CredApi.Attribute().size();
            for (int i = 0; i < credential.AttributeCount; i++) {
                CredApi.Attribute attribute = new CredApi.Attribute(credential.Attributes.share((long) i * size));
                if (attribute.Keyword != null && attribute.Value != null) {
                    values.put(attribute.Keyword.toString(), attribute.Value.getByteArray(0, attribute.ValueSize));
                }
            }
        }
        return Attributes.withoutKeyAttributes(AttributeText.decode(join(values)));
    }

    private synchronized CredApi api() {
        if (api == null) {
            api = CredApi.load(); // LinkageError off Windows: TimeLimit reports UNAVAILABLE
        }
        return api;
    }

    private static KeystoreException tooLong(String why) {
        return new KeystoreException(KeystoreException.Reason.BACKEND_ERROR, BACKEND + " cannot hold this item: "
                + why + ". Nothing was saved; a token this long cannot be kept in " + BACKEND + ".");
    }

    private static KeystoreException failure(int error, String action) {
        if (error == CredApi.ERROR_NO_SUCH_LOGON_SESSION) {
            return KeystoreException.unavailable(BACKEND, "this Windows session has no credential store (are you"
                    + " logged in with a network-only or service account?).");
        }
        return KeystoreException.backendError(BACKEND, action, "Windows error " + error + describe(error));
    }

    /** Windows's own words for the error, when it has some. */
    private static String describe(int error) {
        try {
            String text = Kernel32Util.formatMessage(error).strip();
            return text.isEmpty() ? "" : " (" + text.replaceAll("[.\\s]+$", "") + ")";
        } catch (RuntimeException | LinkageError e) {
            return "";
        }
    }
}
