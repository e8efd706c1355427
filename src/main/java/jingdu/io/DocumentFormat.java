package jingdu.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The document formats a speech can be imported from, each with its reader and its size limit. The
 * format is told by the file's first bytes where they say something (a PDF named .docx is read as a
 * PDF), and by the extension otherwise.
 */
public enum DocumentFormat {

    TXT(TextDecoder.MAX_BYTES, TextFileReader::new, "txt"),
    DOCX(50L * 1024 * 1024, DocxReader::new, "docx"),
    DOC(50L * 1024 * 1024, DocReader::new, "doc"),
    PDF(100L * 1024 * 1024, PdfReader::new, "pdf"),
    OFD(100L * 1024 * 1024, OfdReader::new, "ofd");

    static {
        QuietLibraries.apply(); // before any reader touches POI or PDFBox
    }

    private final long maxBytes;
    private final Supplier<DocumentReader> reader;
    private final List<String> extensions;

    DocumentFormat(long maxBytes, Supplier<DocumentReader> reader, String... extensions) {
        this.maxBytes = maxBytes;
        this.reader = reader;
        this.extensions = List.of(extensions);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public DocumentReader reader() {
        return reader.get();
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The largest file any format accepts: more is refused before reading. */
    public static long largestAccepted() {
        return Arrays.stream(values()).mapToLong(DocumentFormat::maxBytes).max().orElseThrow();
    }

    /** Every supported extension, lower case without the dot: what a folder import picks up. */
    public static List<String> allExtensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList();
    }

    public static Optional<DocumentFormat> byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /**
     * The format the content shows: PDF by its header, OLE2 (.doc, or an encrypted .docx, which
     * {@link DocReader} tells apart), zip by its entries (a Word package or an OFD). Empty when the
     * bytes say nothing (plain text) or are a zip of something else.
     */
    public static Optional<DocumentFormat> sniff(byte[] data) {
        if (startsWith(data, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII)) || headerWithin(data, "%PDF-", 1024)) {
            return Optional.of(PDF);
        }
        if (startsWith(data, 0, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return Optional.of(DOC);
        }
        if (startsWith(data, 0, new byte[] {'P', 'K', 3, 4})) {
            if (containsName(data, "word/document.xml")) {
                return Optional.of(DOCX);
            }
            if (containsName(data, "OFD.xml")) {
                return Optional.of(OFD);
            }
        }
        return Optional.empty();
    }

    /** True when the bytes open like a zip archive (for a clear "not a document" message). */
    public static boolean isZip(byte[] data) {
        return startsWith(data, 0, new byte[] {'P', 'K', 3, 4});
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (data.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** PDF readers accept junk before the header; only a short lead-in counts. */
    private static boolean headerWithin(byte[] data, String header, int limit) {
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        for (int i = 1; i + h.length <= Math.min(data.length, limit); i++) {
            if (startsWith(data, i, h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Entry names are stored uncompressed in every local header and again in the central directory
     * at the end, so finding them in the raw bytes needs no inflating and no trust in the sizes.
     */
    private static boolean containsName(byte[] data, String name) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= data.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (data[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
