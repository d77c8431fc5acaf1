package io.daybrief.event;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/**
 * A process's turn at an embedded database file: an operating-system lock on a file beside it, so that commands
 * started together on one H2 file take turns instead of failing.
 *
 * <p>H2's local server lives in the process that opened the file first; when that process ends while another is
 * half-way through its work, the other's connections break. Taking turns keeps the opener alive while the next
 * command works. {@code serve} takes a turn only to open the file (it then stays its owner, and short commands
 * use its server) and holds a lock of its own, so that two schedulers never share one embedded file.
 */
final class Turn implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private Turn(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits up to {@code wait} for the lock on {@code file}, then says who holds it. */
    static Turn await(Path file, Duration wait, String what) {
        long deadline = System.nanoTime() + wait.toNanos();
        FileChannel channel = open(file);
        try {
            for (int attempt = 1; ; attempt++) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new Turn(channel, lock).signed(what);
                }
                if (System.nanoTime() > deadline) {
                    throw new DatabaseException(holder(file) + " has held " + file.resolveSibling(
                            file.getFileName().toString().replaceFirst("\\.[a-z]+\\.lock$", "")) + " for more than "
                            + wait.toSeconds() + " s; try again when it has finished, or raise database.wait_seconds");
                }
                Thread.sleep(Math.min(500, 20L * attempt));
            }
        } catch (IOException e) {
            close(channel);
            throw new DatabaseException("cannot lock " + file + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            close(channel);
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting for " + file, e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /** Takes the lock on {@code file} now, or throws naming who holds it. */
    static Turn now(Path file, String what, String refusal) {
        FileChannel channel = open(file);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                throw new DatabaseException(refusal + (text.isEmpty() ? "" : " (it is " + text + ")"));
            }
            return new Turn(channel, lock).signed(what);
        } catch (IOException e) {
            close(channel);
            throw new DatabaseException("cannot lock " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(channel);
            throw e;
        }
    }

    /** The lock, or {@code null} while another process, or another part of this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    private static FileChannel open(Path file) {
        try {
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (java.nio.file.FileAlreadyExistsException | UnsupportedOperationException e) {
                    // made by another process at the same moment, or a file system without POSIX permissions
                }
            }
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DatabaseException("cannot open the lock file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes who holds the lock into its file, for the message of whoever waits. */
    private Turn signed(String what) throws IOException {
        byte[] text = ("process " + ProcessHandle.current().pid() + " (" + what + ")").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
        return this;
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another Daybrief command" : "another Daybrief command, " + text + ",";
        } catch (IOException e) {
            return "another Daybrief command";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing was written that needs keeping: the lock goes with the channel
        }
    }
}
