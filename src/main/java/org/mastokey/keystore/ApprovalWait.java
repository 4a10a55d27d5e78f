package org.mastokey.keystore;

/**
 * Told when a keychain call has brought up the keychain's own dialog (KeePassXC's access request,
 * macOS's "allow access") and waits for the person's answer, so a window can say what it waits for.
 * Both methods run on a keychain thread, {@link #over} after every {@link #asking}.
 */
public interface ApprovalWait {
    ApprovalWait NONE = new ApprovalWait() {
        @Override
        public void asking(String provider) {
        }

        @Override
        public void over() {
        }
    };

    /** @param provider the program whose dialog is open ("KeePassXC", "macOS") */
    void asking(String provider);

    /** The dialog was answered, dismissed or the wait ran out. */
    void over();
}
