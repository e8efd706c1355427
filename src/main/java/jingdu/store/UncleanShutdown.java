package jingdu.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A library found with a non-empty {@code -wal} that no process has open was not closed cleanly (a clean
 * close checkpoints and removes the WAL). Before the next session writes anything, the file is kept as
 * found (with its WAL) under {@code backups/unclean-<time>/}, and the WAL is tried on a scratch copy first:
 * one that damages the file, or that would take back speeches or undo steps the file already has (a stale
 * WAL beside a copied-back file), is not trusted — it stays in the safety copy, and the library opens
 * without it.
 */
final class UncleanShutdown {

    /** Safety copies kept; older ones are removed when a new one is made. */
    static final int KEEP = 5;
    private static final String PREFIX = "unclean-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** Byte of the -shm file that every live SQLite connection holds a shared lock on (SQLite's "DMS" lock). */
    private static final long SHM_DMS_BYTE = 128;
    private static final int WAL_MAGIC = 0x377f0682;

    /** What was found and done; {@code safetyCopy} is empty when the last session ended cleanly. */
    record Outcome(Optional<Path> safetyCopy, boolean walDiscarded) {
        static final Outcome CLEAN = new Outcome(Optional.empty(), false);
    }

    private UncleanShutdown() {
    }

    /**
     * Checks {@code file} before it is opened for writing. {@code openHere} says this process already has
     * the file open (then its WAL is live, and touching the -shm's locks here would release SQLite's own).
     */
    static Outcome handle(Path file, boolean openHere, Clock clock) {
        Path wal = sibling(file, "-wal");
        try {
            if (openHere || !Files.isRegularFile(wal) || Files.size(wal) == 0 || inUseElsewhere(file)) {
                return Outcome.CLEAN;
            }
            Path copy = keepAsFound(file, clock);
            boolean trusted = walTrusted(file, wal);
            // asked again just before: another Jingdu may have opened the file while the WAL was being tried,
            // and then the WAL is live (and its own check has decided about it)
            boolean discard = !trusted && !inUseElsewhere(file);
            if (discard) {
                Files.deleteIfExists(wal);
                Files.deleteIfExists(sibling(file, "-shm"));
            }
            return new Outcome(Optional.of(copy), discard);
        } catch (IOException e) {
            // without a safety copy the next write could lose what the WAL holds: do not open for writing
            throw new StoreException("store.error.safetyCopy", file + ": " + e.getMessage(), e);
        }
    }

    /** The safety copies of {@code dbFile}, newest first. */
    static List<Path> copies(Path dbFile) {
        Path dir = Backups.directory(dbFile);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = PREFIX + dbFile.getFileName() + "-";
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** True when another process holds the -shm's lock, i.e. has the library open right now. */
    private static boolean inUseElsewhere(Path file) throws IOException {
        Path shm = sibling(file, "-shm");
        if (!Files.isRegularFile(shm)) {
            return false;
        }
        Path procLocks = Path.of("/proc/locks");
        if (Files.isReadable(procLocks)) {
            return lockedPerProcLocks(procLocks, shm);
        }
        try (FileChannel ch = FileChannel.open(shm, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock(SHM_DMS_BYTE, 1, false);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /**
     * Linux lists every POSIX lock in /proc/locks ("1: POSIX ADVISORY READ pid maj:min:inode start end"):
     * reading it needs no file channel, whose first use would load the JDK's network library and with it
     * its probe sockets (see OfflineTest).
     */
    static boolean lockedPerProcLocks(Path procLocks, Path shm) throws IOException {
        Object ino = Files.getAttribute(shm, "unix:ino");
        String inode = ":" + ino;
        String text;
        try (InputStream in = new java.io.FileInputStream(procLocks.toFile())) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        }
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            // f: "1:", POSIX|OFDLCK|FLOCK, ADVISORY, READ|WRITE, pid, maj:min:inode, start, end|EOF ("->" lines are waiters)
            if (f.length < 8 || "->".equals(f[1]) || !f[5].endsWith(inode)) {
                continue;
            }
            long start = Long.parseLong(f[6]);
            long end = "EOF".equals(f[7]) ? Long.MAX_VALUE : Long.parseLong(f[7]);
            if (start <= SHM_DMS_BYTE && SHM_DMS_BYTE <= end) {
                return true;
            }
        }
        return false;
    }

    private static Path keepAsFound(Path file, Clock clock) throws IOException {
        Path dir = Backups.directory(file).resolve(PREFIX + file.getFileName() + "-"
                + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())));
        Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
        Files.createDirectories(partial);
        for (String suffix : new String[] {"", "-wal"}) {
            Path from = sibling(file, suffix);
            Files.copy(from, partial.resolve(from.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        List<Path> all = copies(file);
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            deleteTree(old);
        }
        return dir;
    }

    /** Replays the WAL on a scratch copy and compares the result with the file alone. */
    private static boolean walTrusted(Path file, Path wal) throws IOException {
        if (!walHeaderFits(file, wal)) {
            return false;
        }
        Path scratch = Files.createTempDirectory("jingdu-wal-check");
        try {
            Path alone = scratch.resolve("alone.db");
            Path replayed = scratch.resolve("replayed.db");
            Files.copy(file, alone);
            Files.copy(file, replayed);
            Files.copy(wal, sibling(replayed, "-wal"));
            State before = state(alone);
            State after = state(replayed);
            if (!after.sound()) {
                return !before.sound(); // a WAL cannot make a damaged file worse; the open check will refuse it
            }
            return after.liveSpeeches().containsAll(before.liveSpeeches()) && after.undoSeq() >= before.undoSeq();
        } finally {
            deleteTree(scratch);
        }
    }

    /** A WAL made for another page size is somebody else's file. */
    private static boolean walHeaderFits(Path file, Path wal) throws IOException {
        ByteBuffer walHead = ByteBuffer.wrap(readHead(wal, 32));
        ByteBuffer dbHead = ByteBuffer.wrap(readHead(file, 100));
        if (walHead.capacity() < 32 || dbHead.capacity() < 100) {
            return false;
        }
        int magic = walHead.getInt(0);
        if ((magic & 0xFFFFFFFE) != WAL_MAGIC) {
            return false;
        }
        int walPage = walHead.getInt(8);
        int dbPage = Short.toUnsignedInt(dbHead.getShort(16));
        return walPage == (dbPage == 1 ? 65536 : dbPage);
    }

    private static byte[] readHead(Path f, int n) throws IOException {
        try (InputStream in = new java.io.FileInputStream(f.toFile())) {
            return in.readNBytes(n);
        }
    }

    /** The live speeches and the undo log's last sequence number, or unsound. */
    private record State(boolean sound, Set<Long> liveSpeeches, long undoSeq) {
    }

    private static State state(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    return new State(false, Set.of(), 0);
                }
            }
            Set<Long> live = new HashSet<>();
            if (hasTable(s, "speech")) {
                String where = hasColumn(s, "speech", "deleted_at") ? " WHERE deleted_at IS NULL" : "";
                try (ResultSet rs = s.executeQuery("SELECT id FROM speech" + where)) {
                    while (rs.next()) {
                        live.add(rs.getLong(1));
                    }
                }
            }
            long seq = 0;
            if (hasTable(s, "sqlite_sequence")) {
                try (ResultSet rs = s.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = 'undo_log'")) {
                    seq = rs.next() ? rs.getLong(1) : 0;
                }
            }
            return new State(true, live, seq);
        } catch (SQLException e) {
            return new State(false, Set.of(), 0);
        }
    }

    private static boolean hasTable(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_master WHERE type='table' AND name='" + name + "'")) {
            return rs.next();
        }
    }

    private static boolean hasColumn(Statement s, String table, String column) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM pragma_table_info('" + table + "') WHERE name='" + column + "'")) {
            return rs.next();
        }
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch or old safety copy left behind wastes space, nothing more
        }
    }
}
