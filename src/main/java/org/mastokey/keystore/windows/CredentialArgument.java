package org.mastokey.keystore.windows;

import com.sun.jna.Memory;
import com.sun.jna.WString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CREDENTIALW that {@code CredWriteW} takes, in native memory, with everything it points to.
 * JNA frees the native copy of a string or buffer when the Java object that owns it is collected, so
 * this object holds every one of them (the attribute structures too: each owns its keyword's string)
 * until the call has returned; the caller keeps it reachable across the call.
 */
final class CredentialArgument implements AutoCloseable {
    final CredApi.Credential credential;
    private final Memory secret;
    private final List<Object> keepAlive;

    private CredentialArgument(CredApi.Credential credential, Memory secret, List<Object> keepAlive) {
        this.credential = credential;
        this.secret = secret;
        this.keepAlive = keepAlive;
    }

    /** @param blob zeroed here once copied to native memory */
    static CredentialArgument build(String target, String userName, String comment, byte[] blob, List<byte[]> attributeValues) {
        CredApi.Credential credential = new CredApi.Credential();
        credential.Type = CredApi.CRED_TYPE_GENERIC;
        credential.TargetName = new WString(target);
        credential.UserName = new WString(userName);
        credential.Comment = new WString(comment);
        credential.Persist = CredApi.CRED_PERSIST_LOCAL_MACHINE;
        Memory secret = new Memory(Math.max(1, blob.length));
        secret.write(0, blob, 0, blob.length);
        credential.CredentialBlobSize = blob.length;
        Arrays.fill(blob, (byte) 0);
        credential.CredentialBlob = secret;
        List<Object> keepAlive = new ArrayList<>();
        if (!attributeValues.isEmpty()) {
            int size = new CredApi.Attribute().size();
            Memory array = new Memory((long) size * attributeValues.size());
            array.clear(); // the structures below read their fields first: no garbage pointers
            keepAlive.add(array);
            for (int i = 0; i < attributeValues.size(); i++) {
                byte[] bytes = attributeValues.get(i);
                CredApi.Attribute attribute = new CredApi.Attribute(array.share((long) i * size));
                attribute.Keyword = new WString(CredentialNames.keyword(i));
                Memory value = new Memory(Math.max(1, bytes.length));
                value.write(0, bytes, 0, bytes.length);
                keepAlive.add(value);
                attribute.ValueSize = bytes.length;
                attribute.Value = value;
                attribute.write();
                keepAlive.add(attribute); // it owns the keyword's native string: collected, the pointer dangles
            }
            credential.AttributeCount = attributeValues.size();
            credential.Attributes = array;
        }
        credential.write();
        return new CredentialArgument(credential, secret, keepAlive);
    }

    /** Overwrites the native copy of the secret. */
    @Override
    public void close() {
        secret.clear();
    }
}
