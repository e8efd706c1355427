package jingdu.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a zip (.docx, .ofd) in memory within fixed limits, so a zip bomb is refused after a few
 * megabytes of work instead of filling the memory. A bomb is judged by size and ratio together: bytes per
 * entry and in all are capped, and an entry, or the whole archive, may inflate more than {@link #MAX_RATIO}
 * times only while it stays under {@link #RATIO_FREE_BYTES}. Real documents can be that compressible
 * (200,000 empty Word paragraphs shrink ~300 times) but are small when inflated; bombs are not. The
 * entry count alone says little: it is bounded only far above any real document, with its own message.
 */
public final class ZipGuard {

    /** A real .docx with thousands of images or custom parts stays well below this. */
    public static final int MAX_ENTRIES = 100_000;
    public static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** Deflated XML shrinks 5–20 times, repetitive XML a few hundred times; a run of zeros ~1000 times. */
    public static final int MAX_RATIO = 100;
    /** Inflated bytes (per entry, and in all) up to which any ratio is accepted. */
    public static final long RATIO_FREE_BYTES = 16L * 1024 * 1024;

    private ZipGuard() {
    }

    /** Checks every entry; nothing is kept. */
    public static void check(byte[] zip, String name) throws ImportException {
        inflate(zip, name, entry -> false);
    }

    /** Entry name → inflated bytes for the entries {@code wanted} accepts; all entries are checked. */
    public static Map<String, byte[]> inflate(byte[] zip, String name, java.util.function.Predicate<String> wanted)
            throws ImportException {
        Map<String, byte[]> kept = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (CountingInput counted = new CountingInput(zip); ZipInputStream in = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new ImportException("importer.error.tooManyParts", name, MAX_ENTRIES);
                }
                boolean keep = !entry.isDirectory() && wanted.test(entry.getName());
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                long compressedAtStart = counted.position();
                long size = 0;
                int n;
                while ((n = in.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    long compressed = Math.max(1, counted.position() - compressedAtStart);
                    long compressedInAll = Math.max(1, counted.position());
                    if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES
                            || (size > RATIO_FREE_BYTES && size / compressed > MAX_RATIO)
                            || (total > RATIO_FREE_BYTES && total / compressedInAll > MAX_RATIO)) {
                        throw new ImportException("importer.error.zipBomb", name);
                    }
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
                if (out != null) {
                    kept.putIfAbsent(entry.getName(), out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid in the zip's declared encoding
            throw new ImportException("importer.error.damaged", name);
        }
        if (entries == 0) {
            throw new ImportException("importer.error.damaged", name);
        }
        return kept;
    }

    /** Counts the compressed bytes the inflater has pulled, for the ratio check. */
    private static final class CountingInput extends ByteArrayInputStream {
        CountingInput(byte[] data) {
            super(data);
        }

        long position() {
            return pos;
        }
    }
}
