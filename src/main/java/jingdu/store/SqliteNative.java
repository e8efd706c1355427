package jingdu.store;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Puts sqlite-jdbc's native library where the driver finds it, using only {@code java.io}.
 *
 * <p>Left to itself, sqlite-jdbc extracts its library with {@code Files.createFile}, {@code Files.copy}
 * and {@code Files.newInputStream}. Those open a {@code FileChannel}, whose first use initialises
 * {@code sun.nio.ch.IOUtil}, which loads the JDK's {@code libnet}; libnet's {@code JNI_OnLoad} probes the
 * machine by creating an AF_INET, an AF_INET6 and another AF_INET socket (IPv4, IPv6 and SO_REUSEPORT
 * support; JDK 17, no option turns this off). Nothing connects, but a strict firewall or audit sees a
 * database program create network sockets.
 * So we copy the library ourselves with plain file streams (which do not load libnet) into a temporary
 * file of our own, deleted on exit as the driver's own copy is, and point the driver at it through
 * {@code org.sqlite.lib.path} / {@code org.sqlite.lib.name}; it then just {@code System.load}s it.
 * If anything goes wrong here the properties stay unset and the driver loads its library as before.
 */
public final class SqliteNative {

    private static final String PREFIX = "jingdu-sqlite-";
    /** A copy this old is no process's pending load: one left by a process that was killed. */
    private static final long STALE_MS = 60 * 60 * 1000L;

    private static boolean prepared;

    private SqliteNative() {
    }

    /** Idempotent; call before the first SQLite connection. Respects a library path the user set. */
    public static synchronized void prepare() {
        if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
            prepared = true;
            return;
        }
        prepared = true;
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        File copy = null;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // no library for this platform in the jar: the driver reports it as usual
            }
            File dir = new File(System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir")));
            removeStaleCopies(dir);
            copy = File.createTempFile(PREFIX + SQLiteJDBCLoader.getVersion() + "-", "-" + name, dir);
            copy.deleteOnExit();
            try (OutputStream out = new FileOutputStream(copy)) {
                in.transferTo(out);
            }
            System.setProperty("org.sqlite.lib.path", copy.getParent());
            System.setProperty("org.sqlite.lib.name", copy.getName());
        } catch (IOException | RuntimeException e) {
            if (copy != null) {
                copy.delete();
            }
        }
    }

    /**
     * Copies left by killed processes (deleteOnExit never ran). Deleting one a live process has loaded is
     * harmless where that is allowed at all (Linux, macOS); Windows refuses it for a loaded library.
     */
    static void removeStaleCopies(File dir) {
        File[] old = dir.listFiles((d, n) -> n.startsWith(PREFIX));
        long now = System.currentTimeMillis();
        for (File f : old == null ? new File[0] : old) {
            if (now - f.lastModified() > STALE_MS) {
                f.delete();
            }
        }
    }
}
