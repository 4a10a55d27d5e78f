package org.mastokey.keystore.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.io.ByteArrayOutputStream;
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

/**
 * Windows Credential Manager (generic credentials) through Advapi32. Target name
 * {@code service:account} (what Credential Manager lists), user name = account, comment = label,
 * secret = UTF-8 blob, attributes URL-encoded in credential attributes of at most 256 bytes each.
 * Compiled and unit-tested here (Linux); not yet run on Windows.
 */
public final class WindowsCredentialStore implements SecretStore {
    static final String BACKEND = "Windows Credential Manager";
    static final String KEYWORD = "mastokey:attributes:";

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
            if (!api().CredReadW(new WString(target(key)), CredApi.CRED_TYPE_GENERIC, 0, found)) {
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
                return Optional.of(new StoredSecret(key, new String(blob, StandardCharsets.UTF_8), attributes(credential)));
            } finally {
                api().CredFree(found.getValue());
            }
        });
    }

    @Override
    public void write(SecretKey key, String label, String secret, Map<String, String> attributes) throws KeystoreException {
        byte[] blob = secret.getBytes(StandardCharsets.UTF_8);
        if (blob.length > CredApi.CRED_MAX_CREDENTIAL_BLOB_SIZE) {
            throw KeystoreException.backendError(BACKEND, "saving " + key.account(), "the secret is longer than 2560 bytes");
        }
        List<byte[]> chunks = chunks(AttributeText.encode(Attributes.withoutKeyAttributes(attributes)));
        if (chunks.size() > CredApi.CRED_MAX_ATTRIBUTES) {
            throw KeystoreException.backendError(BACKEND, "saving " + key.account(), "the attributes are too long");
        }
        timeLimit.run("saving " + key.account(), limit, () -> {
            CredApi.Credential credential = new CredApi.Credential();
            credential.Type = CredApi.CRED_TYPE_GENERIC;
            credential.TargetName = new WString(target(key));
            credential.UserName = new WString(key.account());
            credential.Comment = new WString(label.length() < CredApi.CRED_MAX_STRING_LENGTH ? label
                    : label.substring(0, CredApi.CRED_MAX_STRING_LENGTH - 1));
            credential.Persist = CredApi.CRED_PERSIST_LOCAL_MACHINE;
            int blobLength = blob.length;
            Memory secretMemory = new Memory(Math.max(1, blobLength));
            secretMemory.write(0, blob, 0, blobLength);
            Arrays.fill(blob, (byte) 0);
            credential.CredentialBlobSize = blobLength;
            credential.CredentialBlob = secretMemory;
            List<Memory> keepAlive = new ArrayList<>();
            if (!chunks.isEmpty()) {
                int size = new CredApi.Attribute().size();
                Memory array = new Memory((long) size * chunks.size());
                array.clear(); // the structures below read their fields first: no garbage pointers
                keepAlive.add(array);
                for (int i = 0; i < chunks.size(); i++) {
                    CredApi.Attribute attribute = new CredApi.Attribute(array.share((long) i * size));
                    attribute.Keyword = new WString(KEYWORD + i);
                    Memory value = new Memory(Math.max(1, chunks.get(i).length));
                    value.write(0, chunks.get(i), 0, chunks.get(i).length);
                    keepAlive.add(value);
                    attribute.ValueSize = chunks.get(i).length;
                    attribute.Value = value;
                    attribute.write();
                }
                credential.AttributeCount = chunks.size();
                credential.Attributes = array;
            }
            try {
                if (!api().CredWriteW(credential, 0)) {
                    throw failure(Native.getLastError(), "saving " + key.account());
                }
            } finally {
                secretMemory.clear();
            }
            return keepAlive.size();
        });
    }

    @Override
    public boolean delete(SecretKey key) throws KeystoreException {
        return timeLimit.run("deleting " + key.account(), limit, () -> {
            if (api().CredDeleteW(new WString(target(key)), CredApi.CRED_TYPE_GENERIC, 0)) {
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
            if (!api().CredEnumerateW(new WString(service + ":*"), 0, count, found)) {
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
                    String target = credential.TargetName == null ? "" : credential.TargetName.toString();
                    if (credential.Type == CredApi.CRED_TYPE_GENERIC && target.startsWith(service + ":")
                            && target.length() > service.length() + 1) {
                        items.add(new StoredItem(new SecretKey(service, target.substring(service.length() + 1)),
                                credential.Comment == null ? "" : credential.Comment.toString(), attributes(credential)));
                    }
                }
                items.sort(Comparator.comparing(i -> i.key().account()));
                return items;
            } finally {
                api().CredFree(found.getValue());
            }
        });
    }

    static String target(SecretKey key) {
        return key.service() + ":" + key.account();
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

    /** Joins the pieces by their keyword index ({@code mastokey:attributes:N}); other keywords are ignored. */
    static String join(Map<String, byte[]> keywordValues) {
        Map<Integer, byte[]> ordered = new TreeMap<>();
        keywordValues.forEach((keyword, value) -> {
            if (keyword.startsWith(KEYWORD)) {
                try {
                    ordered.put(Integer.parseInt(keyword.substring(KEYWORD.length())), value);
                } catch (NumberFormatException e) {
                    // not ours
                }
            }
        });
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        ordered.values().forEach(joined::writeBytes);
        return joined.toString(StandardCharsets.UTF_8);
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

    private static KeystoreException failure(int error, String action) {
        if (error == CredApi.ERROR_NO_SUCH_LOGON_SESSION) {
            return KeystoreException.unavailable(BACKEND, "this Windows session has no credential store (are you"
                    + " logged in with a network-only or service account?).");
        }
        return KeystoreException.backendError(BACKEND, action, "Windows error " + error);
    }
}
