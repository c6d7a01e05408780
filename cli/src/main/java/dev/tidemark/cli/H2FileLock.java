// Licensed under the Apache License, Version 2.0; see LICENSE at the repository root.
package dev.tidemark.cli;

import dev.tidemark.error.ErrorCode;
import dev.tidemark.error.TidemarkException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An operating-system lock on an H2 file database, held by one Tidemark process at a time for its
 * whole run. H2 lets one process open a file database; its auto-server mode lets others in
 * through that process, but when the first process exits the others lose their connections and
 * reopening races ("Database may be already in use"). Taking turns on this lock (the kernel frees
 * it when a process dies, even by SIGKILL) makes concurrent runs on the embedded database wait for
 * each other instead of failing. The lock file holds the holder's host, pid and start time so that
 * a waiting process can say whom it waits for.
 */
final class H2FileLock implements AutoCloseable {
    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private H2FileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * The database file a JDBC URL names when it is an H2 file database that this process would
     * open itself ({@code jdbc:h2:file:path} or {@code jdbc:h2:path}); empty for in-memory and
     * server URLs.
     */
    static Optional<Path> databaseFile(String url) {
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return Optional.empty();
        }
        String rest = url.substring(8);
        int options = rest.indexOf(';');
        String name = options < 0 ? rest : rest.substring(0, options);
        if (name.regionMatches(true, 0, "file:", 0, 5)) {
            name = name.substring(5);
        } else if (name.matches("(?i)^(mem|tcp|ssl|zip|split|nio|nioMapped|async|memFS|memLZF|nioMemFS|nioMemLZF|retry):.*")) {
            return Optional.empty();
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name).toAbsolutePath().normalize());
    }

    /**
     * Takes the lock of {@code database}, waiting at most {@code wait}; {@code waiting} hears once
     * whom it waits for.
     */
    static H2FileLock acquire(Path database, Duration wait, java.util.function.Consumer<String> waiting) {
        Path file = database.resolveSibling(database.getFileName() + ".tidemark.lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            Instant deadline = Instant.now().plus(wait);
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    writeHolder(channel);
                    return new H2FileLock(channel, lock);
                }
                if (!told) {
                    waiting.accept("Waiting for the H2 database " + database + ", in use by " + holder(file) + "");
                    told = true;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new TidemarkException(ErrorCode.LOCK_TIMEOUT, null, "gave up after " + wait.toSeconds()
                            + " s waiting for the H2 database " + database + ", in use by " + holder(file), null);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException e) {
            closeChannel(channel);
            throw new TidemarkException(ErrorCode.CONNECTION_FAILED, null, "cannot lock the H2 database " + database + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeChannel(channel);
            Thread.currentThread().interrupt();
            throw new TidemarkException(ErrorCode.LOCK_TIMEOUT, null, "interrupted while waiting for the H2 database " + database, e);
        } catch (RuntimeException e) {
            closeChannel(channel);
            throw e;
        }
    }

    /** The lock, or null while another process (or another run in this JVM) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        String text = "pid " + ProcessHandle.current().pid() + " on " + host + " since " + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    private static String holder(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases the lock as well
        }
        closeChannel(channel);
    }

    private static void closeChannel(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the kernel drops the lock with the descriptor; nothing else to undo
            }
        }
    }
}
