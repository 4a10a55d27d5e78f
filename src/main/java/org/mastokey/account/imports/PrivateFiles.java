package org.mastokey.account.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file the way a credential file must be written: the text goes to a new file in the same folder
 * that only the user can read (0600), which then replaces the target in one rename. A crash leaves the old
 * file or the new one, never half of either, and the text never sits in a file others may read.
 */
final class PrivateFiles {
    private PrivateFiles() {
    }

    static void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(dir, ".mastokey-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".mastokey-", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A copy of {@code source} beside it, readable by the user only; refuses to overwrite an earlier one. */
    static Path backup(Path source, String text) throws IOException {
        Path backup = source.resolveSibling(source.getFileName() + ".bak");
        if (Files.exists(backup)) {
            throw new IOException(backup + " exists already; move it away first");
        }
        write(backup, text);
        return backup;
    }
}
