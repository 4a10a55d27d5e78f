package org.mastokey.keystore.macos;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.platform.mac.CoreFoundation.CFDictionaryRef;
import com.sun.jna.platform.mac.CoreFoundation.CFStringRef;
import com.sun.jna.platform.mac.CoreFoundation.CFTypeRef;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/** The keychain functions of Security.framework (SecItem.h, SecKeychain.h) and the constants they take. */
interface SecurityFramework extends Library {
    int ERR_SEC_SUCCESS = 0;
    int ERR_SEC_ITEM_NOT_FOUND = -25300;
    int ERR_SEC_DUPLICATE_ITEM = -25299;
    int ERR_SEC_INTERACTION_NOT_ALLOWED = -25308;
    int ERR_SEC_AUTH_FAILED = -25293;
    int ERR_SEC_USER_CANCELED = -128;
    int ERR_SEC_NO_SUCH_KEYCHAIN = -25294;
    int ERR_SEC_NOT_AVAILABLE = -25291;
    int ERR_SEC_MISSING_ENTITLEMENT = -34018;
    int UNLOCK_STATE_STATUS = 1;

    static SecurityFramework load() {
        return Native.load("Security", SecurityFramework.class);
    }

    int SecItemAdd(CFDictionaryRef attributes, PointerByReference result);

    int SecItemCopyMatching(CFDictionaryRef query, PointerByReference result);

    int SecItemUpdate(CFDictionaryRef query, CFDictionaryRef attributesToUpdate);

    int SecItemDelete(CFDictionaryRef query);

    int SecKeychainCopyDefault(PointerByReference keychain);

    int SecKeychainGetStatus(Pointer keychain, IntByReference status);

    /** With {@code usePassword} false, macOS asks the person for the password itself. */
    int SecKeychainUnlock(Pointer keychain, int passwordLength, Pointer password, boolean usePassword);

    CFStringRef SecCopyErrorMessageString(int status, Pointer reserved);

    /**
     * Process-wide: with 0, calls on the login (file-based) keychain that would show an unlock or
     * "allow access" dialog fail with errSecInteractionNotAllowed instead. Deprecated since macOS 10.10
     * but the one switch that governs those dialogs (kSecUseAuthenticationUI governs only the
     * data-protection keychain). The argument is a C {@code Boolean} (unsigned char).
     */
    int SecKeychainSetUserInteractionAllowed(byte state);

    /** The {@code kSec...} and {@code kCF...} constants, read from the libraries' globals. */
    record Constants(CFStringRef secClass, CFStringRef classGenericPassword, CFStringRef service, CFStringRef account,
                     CFStringRef label, CFStringRef generic, CFStringRef valueData, CFStringRef returnData,
                     CFStringRef returnAttributes, CFStringRef matchLimit, CFTypeRef matchLimitOne,
                     CFTypeRef matchLimitAll, CFTypeRef booleanTrue, CFStringRef useAuthenticationUi,
                     CFTypeRef authenticationUiFail, Pointer keyCallbacks, Pointer valueCallbacks) {

        static Constants load() {
            NativeLibrary security = NativeLibrary.getInstance("Security");
            NativeLibrary foundation = NativeLibrary.getInstance("CoreFoundation");
            return new Constants(string(security, "kSecClass"), string(security, "kSecClassGenericPassword"),
                    string(security, "kSecAttrService"), string(security, "kSecAttrAccount"),
                    string(security, "kSecAttrLabel"), string(security, "kSecAttrGeneric"),
                    string(security, "kSecValueData"), string(security, "kSecReturnData"),
                    string(security, "kSecReturnAttributes"), string(security, "kSecMatchLimit"),
                    new CFTypeRef(global(security, "kSecMatchLimitOne")), new CFTypeRef(global(security, "kSecMatchLimitAll")),
                    new CFTypeRef(global(foundation, "kCFBooleanTrue")),
                    string(security, "kSecUseAuthenticationUI"), new CFTypeRef(global(security, "kSecUseAuthenticationUIFail")),
                    foundation.getGlobalVariableAddress("kCFTypeDictionaryKeyCallBacks"),
                    foundation.getGlobalVariableAddress("kCFTypeDictionaryValueCallBacks"));
        }

        private static Pointer global(NativeLibrary library, String name) {
            return library.getGlobalVariableAddress(name).getPointer(0);
        }

        private static CFStringRef string(NativeLibrary library, String name) {
            return new CFStringRef(global(library, name));
        }
    }
}
