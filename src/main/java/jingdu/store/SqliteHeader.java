package jingdu.store;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Looks at a file's first bytes before SQLite opens it: SQLite would happily adopt a zero-length file,
 * and we must never let it (or a journal-mode pragma) touch a file that is not ours.
 */
final class SqliteHeader {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Every SQLite database file starts with a 100-byte header. */
    private static final int HEADER_SIZE = 100;

    private SqliteHeader() {
    }

    /** True when the file is missing or empty (SQLite will create a database there). */
    static boolean isNewFile(Path file) throws IOException {
        return !Files.exists(file) || Files.size(file) == 0;
    }

    /** True when an existing, non-empty file starts with the SQLite header. */
    static boolean looksLikeSqlite(Path file) throws IOException {
        if (Files.size(file) < HEADER_SIZE) {
            return false;
        }
        byte[] head = new byte[MAGIC.length];
        // java.io, not Files.newInputStream: a FileChannel would load libnet, which creates sockets (SqliteNative)
        try (InputStream in = new FileInputStream(file.toFile())) {
            if (in.readNBytes(head, 0, head.length) != head.length) {
                return false;
            }
        }
        return Arrays.equals(head, MAGIC);
    }
}
