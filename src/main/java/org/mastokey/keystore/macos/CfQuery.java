package org.mastokey.keystore.macos;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.platform.mac.CoreFoundation;
import com.sun.jna.platform.mac.CoreFoundation.CFDataRef;
import com.sun.jna.platform.mac.CoreFoundation.CFIndex;
import com.sun.jna.platform.mac.CoreFoundation.CFMutableDictionaryRef;
import com.sun.jna.platform.mac.CoreFoundation.CFStringRef;
import com.sun.jna.platform.mac.CoreFoundation.CFTypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A mutable CFDictionary for SecItem calls that releases itself and the CF values it created, and the
 * readers for the values of the dictionaries they return.
 */
final class CfQuery implements AutoCloseable {
    final CFMutableDictionaryRef dictionary;
    private final List<CFTypeRef> owned = new ArrayList<>();

    CfQuery(SecurityFramework.Constants k) {
        dictionary = CoreFoundation.INSTANCE.CFDictionaryCreateMutable(null, new CFIndex(0), k.keyCallbacks(),
                k.valueCallbacks());
    }

    CfQuery put(CFStringRef key, CFTypeRef value) {
        dictionary.setValue(key, value);
        return this;
    }

    CfQuery putString(CFStringRef key, String value) {
        CFStringRef text = CFStringRef.createCFString(value);
        owned.add(text);
        return put(key, text);
    }

    /** The native copy made on the way is overwritten; CFData keeps its own. */
    CfQuery putData(CFStringRef key, byte[] value) {
        Memory memory = new Memory(Math.max(1, value.length));
        memory.write(0, value, 0, value.length);
        CFDataRef data = CoreFoundation.INSTANCE.CFDataCreate(null, memory, new CFIndex(value.length));
        memory.clear();
        owned.add(data);
        return put(key, data);
    }

    /** The bytes of a CFData value of a result dictionary; none when absent. */
    static byte[] bytes(Pointer data) {
        if (data == null) {
            return new byte[0];
        }
        CFDataRef ref = new CFDataRef(data);
        return ref.getLength() == 0 ? new byte[0] : ref.getBytePtr().getByteArray(0, ref.getLength());
    }

    /** The text of a CFString value of a result dictionary, or null when absent. */
    static String string(Pointer text) {
        return text == null ? null : new CFStringRef(text).stringValue();
    }

    @Override
    public void close() {
        dictionary.release();
        owned.forEach(CFTypeRef::release);
    }
}
