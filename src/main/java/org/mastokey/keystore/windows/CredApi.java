package org.mastokey.keystore.windows;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.WString;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/** The Credential Manager functions of Advapi32 (wincred.h), wide-character versions. */
interface CredApi extends Library {
    int CRED_TYPE_GENERIC = 1;
    int CRED_PERSIST_LOCAL_MACHINE = 2;
    int CRED_MAX_CREDENTIAL_BLOB_SIZE = 5 * 512;
    int CRED_MAX_ATTRIBUTES = 64;
    int CRED_MAX_VALUE_SIZE = 256;
    int CRED_MAX_STRING_LENGTH = 256;
    int ERROR_NOT_FOUND = 1168;
    int ERROR_NO_SUCH_LOGON_SESSION = 1312;

    static CredApi load() {
        return Native.load("Advapi32", CredApi.class);
    }

    boolean CredWriteW(Credential credential, int flags);

    boolean CredReadW(WString targetName, int type, int flags, PointerByReference credential);

    boolean CredDeleteW(WString targetName, int type, int flags);

    boolean CredEnumerateW(WString filter, int flags, IntByReference count, PointerByReference credentials);

    void CredFree(Pointer buffer);

    /** CREDENTIALW. */
    @Structure.FieldOrder({"Flags", "Type", "TargetName", "Comment", "LastWrittenLow", "LastWrittenHigh",
            "CredentialBlobSize", "CredentialBlob", "Persist", "AttributeCount", "Attributes", "TargetAlias", "UserName"})
    class Credential extends Structure {
        public int Flags;
        public int Type;
        public WString TargetName;
        public WString Comment;
        public int LastWrittenLow;
        public int LastWrittenHigh;
        public int CredentialBlobSize;
        public Pointer CredentialBlob;
        public int Persist;
        public int AttributeCount;
        public Pointer Attributes;
        public WString TargetAlias;
        public WString UserName;

        public Credential() {
        }

        public Credential(Pointer memory) {
            super(memory);
            read();
        }
    }

    /** CREDENTIAL_ATTRIBUTEW. */
    @Structure.FieldOrder({"Keyword", "Flags", "ValueSize", "Value"})
    class Attribute extends Structure {
        public WString Keyword;
        public int Flags;
        public int ValueSize;
        public Pointer Value;

        public Attribute() {
        }

        public Attribute(Pointer memory) {
            super(memory);
            read();
        }
    }
}
