package org.mastokey.account.imports;

/** A file that cannot be read, or is not in the format asked for. The message names the file, never a value in it. */
public final class UnreadableSource extends RuntimeException {
    public UnreadableSource(String message) {
        super(message);
    }
}
