package jingdu.app.start;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jingdu.io.PlainFiles;

/**
 * One window per data file. A second start on the same file (the desktop's "Open with" while Jingdu is
 * open, or the menu entry clicked again) hands its files to the running window and exits, instead of
 * opening a second window that writes the same library.
 *
 * <p>Only files beside the data file are used, no socket of any kind. (A Unix-domain socket would do, but on
 * JDK 17 the first socket channel of a process loads the JDK's libnet, which creates AF_INET and AF_INET6
 * sockets to probe the network stacks, see {@link PlainFiles}; binding one also creates five AF_INET TCP
 * sockets to probe jdk.net's socket options.) The running window writes
 * {@code .jingdu.db.window} with its process id and start time, and watches the folder
 * {@code .jingdu.db.window.d}. A later start that finds that process alive drops a request there (the files'
 * absolute paths, one per line, UTF-8; none just brings the window to the front) and waits: the window
 * claims the request by renaming it, passes the files on, and renames it once more to answer "ok" or
 * "failed". A start that finds no window file, or one left by a window that was killed, or whose request
 * nobody claims within {@link #ANSWER_TIMEOUT}, opens its own window.
 */
public final class SingleInstance implements AutoCloseable {

    /** How long a start waits for the open window to claim its request before opening its own. */
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    /** The window looks for requests at least this often, for file systems where watching a folder is slow. */
    private static final long RESCAN_MS = 1000;
    private static final long ANSWER_POLL_MS = 20;
    private static final int MAX_MESSAGE_BYTES = 1 << 20;
    private static final String REQUEST = ".request";
    private static final String TAKEN = ".taken";
    private static final String OK = ".ok";
    private static final String FAILED = ".failed";

    private final Path owner;
    private final String ownerText;
    private final Path mailbox;
    private final WatchService watcher;
    private final Consumer<List<Path>> onFiles;
    private final Thread listener;
    private volatile boolean open = true;

    private SingleInstance(Path owner, String ownerText, Path mailbox, WatchService watcher, Consumer<List<Path>> onFiles) {
        this.owner = owner;
        this.ownerText = ownerText;
        this.mailbox = mailbox;
        this.watcher = watcher;
        this.onFiles = onFiles;
        this.listener = new Thread(this::serve, "jingdu-single-instance");
        listener.setDaemon(true);
        listener.start();
    }

    /** The window file for a data file: {@code .jingdu.db.window} beside it. */
    public static Path windowFileFor(Path dataFile) {
        Path abs = dataFile.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".window");
    }

    static Path mailboxOf(Path windowFile) {
        return windowFile.resolveSibling(windowFile.getFileName() + ".d");
    }

    /**
     * Hands {@code files} to the window open on this library. False when there is none (no window file, or
     * one left by a window that was killed), or when it did not take them, so the caller opens its own.
     */
    public static boolean handOver(Path windowFile, List<Path> files) {
        if (windowFile == null || !windowIsOpen(windowFile)) {
            return false;
        }
        Path mailbox = mailboxOf(windowFile);
        String id = UUID.randomUUID().toString();
        Path temp = mailbox.resolve(id + ".tmp");
        Path request = mailbox.resolve(id + REQUEST);
        StringBuilder message = new StringBuilder();
        for (Path f : files) {
            message.append(f.toAbsolutePath()).append('\n');
        }
        try {
            try (OutputStream out = PlainFiles.createNew(temp)) {
                out.write(message.toString().getBytes(StandardCharsets.UTF_8));
            }
            Files.move(temp, request, StandardCopyOption.ATOMIC_MOVE); // the window sees it whole or not at all
        } catch (IOException | UnsupportedOperationException e) {
            deleteQuietly(temp);
            return false;
        }
        Path ok = mailbox.resolve(id + OK);
        Path failed = mailbox.resolve(id + FAILED);
        long deadline = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
        try {
            while (true) {
                if (Files.exists(ok)) {
                    deleteQuietly(ok);
                    return true;
                }
                if (Files.exists(failed)) {
                    deleteQuietly(failed);
                    return false;
                }
                if (System.nanoTime() > deadline || !windowIsOpen(windowFile)) {
                    deleteQuietly(request); // withdrawn: a window that claims it later finds nothing
                    return false;
                }
                Thread.sleep(ANSWER_POLL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(request);
            return false;
        }
    }

    /**
     * Starts taking hand-overs for this library; {@code onFiles} runs on the listener's thread for each.
     * Null when this system cannot (the window then works alone).
     */
    public static SingleInstance listen(Path windowFile, Consumer<List<Path>> onFiles) {
        if (windowFile == null) {
            return null;
        }
        Path mailbox = mailboxOf(windowFile);
        try {
            Files.createDirectories(mailbox);
            clear(mailbox); // requests and answers left by a window that was killed
            WatchService watcher = null;
            try {
                watcher = mailbox.getFileSystem().newWatchService();
                mailbox.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            } catch (IOException | UnsupportedOperationException e) {
                if (watcher != null) {
                    watcher.close();
                }
                watcher = null; // the listener then just looks every RESCAN_MS
            }
            ProcessHandle self = ProcessHandle.current();
            String ownerText = self.pid() + "\n" + startOf(self) + "\n";
            Path temp = mailbox.resolve(UUID.randomUUID() + ".tmp");
            try (OutputStream out = PlainFiles.createNew(temp)) {
                out.write(ownerText.getBytes(StandardCharsets.UTF_8));
            }
            Files.move(temp, windowFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new SingleInstance(windowFile, ownerText, mailbox, watcher, onFiles);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** True when the window file names a process that is still running (same id and start time). */
    static boolean windowIsOpen(Path windowFile) {
        try {
            if (!Files.isRegularFile(windowFile) || Files.size(windowFile) > 200) {
                return false;
            }
            String[] lines = new String(PlainFiles.readAllBytes(windowFile), StandardCharsets.UTF_8).split("\n");
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines[0].strip()))
                    .filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                return false;
            }
            String start = startOf(process.get());
            // a process id used again by another program has another start time
            return lines.length < 2 || start.isEmpty() || start.equals(lines[1].strip());
        } catch (IOException | NumberFormatException e) {
            return false; // not a window file this version wrote: treated as left over
        }
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Object::toString).orElse("");
    }

    private void serve() {
        while (open) {
            for (Path request : list(mailbox, REQUEST)) {
                take(request);
            }
            try {
                if (watcher == null) {
                    Thread.sleep(RESCAN_MS);
                } else {
                    WatchKey key = watcher.poll(RESCAN_MS, TimeUnit.MILLISECONDS);
                    if (key != null) {
                        key.pollEvents();
                        key.reset();
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return; // closed: the window is going away
            }
        }
    }

    private void take(Path request) {
        String name = request.getFileName().toString();
        String id = name.substring(0, name.length() - REQUEST.length());
        Path taken = mailbox.resolve(id + TAKEN);
        try {
            Files.move(request, taken, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return; // withdrawn by a start that stopped waiting
        }
        String answer = FAILED;
        try {
            if (Files.size(taken) > MAX_MESSAGE_BYTES) {
                throw new IOException("hand-over message too long");
            }
            List<Path> files = new ArrayList<>();
            for (String line : new String(PlainFiles.readAllBytes(taken), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    files.add(Path.of(line));
                }
            }
            onFiles.accept(List.copyOf(files));
            answer = OK;
        } catch (IOException | RuntimeException e) {
            // one bad hand-over (a malformed path, a window that refused) must not stop the next
        }
        try {
            Files.move(taken, mailbox.resolve(id + answer), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(taken);
        }
    }

    private static List<Path> list(Path dir, String suffix) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + suffix)) {
            entries.forEach(found::add);
        } catch (IOException e) {
            // the folder went away (the window is closing): nothing to take
        }
        return found;
    }

    private static void clear(Path dir) {
        for (Path p : list(dir, "")) {
            deleteQuietly(p);
        }
    }

    private static boolean deleteQuietly(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops taking hand-overs and removes the window file, so the next start opens its own window at once. */
    @Override
    public void close() {
        open = false;
        listener.interrupt();
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // the listener stops anyway: it was interrupted
        }
        try {
            // only our own: a window started since (after this one was thought gone) keeps its files
            if (Files.exists(owner) && !ownerText.equals(new String(PlainFiles.readAllBytes(owner), StandardCharsets.UTF_8))) {
                return;
            }
            Files.deleteIfExists(owner);
        } catch (IOException e) {
            // nothing to save: a leftover window file is found stale by the next start
        }
        clear(mailbox);
        deleteQuietly(mailbox);
    }
}
