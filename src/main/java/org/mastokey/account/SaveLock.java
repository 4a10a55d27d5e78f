package org.mastokey.account;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes "read what is saved, then write" one step for every Mastokey process of this user, so two
 * logins of the same account cannot both believe nothing was saved before them: the later one sees
 * the earlier token and says it replaced it. The lock file is empty; nothing is ever written to it.
 */
final class SaveLock implements AutoCloseable {
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock fileLock;

    private SaveLock(FileChannel channel, FileLock fileLock) {
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /** Waits for the lock; without a usable lock file, only this process is serialised. */
    static SaveLock acquire() {
        IN_PROCESS.lock();
        try {
            FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new SaveLock(channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                return new SaveLock(null, null);
            }
        } catch (IOException | RuntimeException e) {
            return new SaveLock(null, null);
        }
    }

    private static Path lockFile() throws IOException {
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        Path dir = runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime) : Path.of(System.getProperty("java.io.tmpdir"));
        return dir.resolve("mastokey-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_") + ".save.lock");
    }

    @Override
    public void close() {
        try {
            if (fileLock != null) {
                fileLock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the channel or the process
        } finally {
            IN_PROCESS.unlock();
        }
    }
}
