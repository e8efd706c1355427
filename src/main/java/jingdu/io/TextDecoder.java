package jingdu.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.Locale;

import jingdu.text.TextLayout;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a .txt speech into text: BOMs first, then strict UTF-8, then juniversalchardet's
 * guess (GB2312/GBK widened to GB18030, their superset). Rejects binary, empty and oversized files, and
 * text longer than {@link TextBudget#MAX_CHARS} once stripped into paragraphs.
 */
public final class TextDecoder {

    /** Larger than any speech (a 1 MB speech is ~350,000 characters); protects the window from huge files. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    public record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    public static Decoded read(Path file) throws ImportException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException("import.error.notFound", file.getFileName());
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException("import.error.tooLarge", file.getFileName(), MAX_BYTES / (1024 * 1024));
            }
            return decode(PlainFiles.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new ImportException("import.error.unreadable", file.getFileName(), e.getMessage());
        }
    }

    /** Decodes and normalizes line endings; the result still has its blank lines and indentation. */
    public static Decoded decode(byte[] bytes, String name) throws ImportException {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException("import.error.tooLarge", name, MAX_BYTES / (1024 * 1024));
        }
        Charset charset = detect(bytes);
        if (charset == null) {
            throw new ImportException("import.error.notText", name);
        }
        String text;
        try {
            text = strict(charset).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("import.error.notText", name);
        }
        text = TextLayout.normalize(text);
        if (looksBinary(text)) {
            throw new ImportException("import.error.notText", name);
        }
        if (hasNoVisibleText(text)) {
            throw new ImportException("import.error.empty", name);
        }
        // the same cap on the stored text as the other formats: 20 MB of UTF-8 can hold 6.6 million characters
        if (text.length() > TextBudget.MAX_CHARS && TextLayout.canonicalLength(text) > TextBudget.MAX_CHARS) {
            throw new ImportException("importer.error.tooMuchText", name, TextBudget.MAX_CHARS);
        }
        return new Decoded(text, charset);
    }

    private static Charset detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (decodes(b, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, b.length);
        detector.dataEnd();
        String guess = detector.getDetectedCharset();
        Charset gb18030 = Charset.forName("GB18030");
        if (guess != null && Charset.isSupported(guess)) {
            Charset c = Charset.forName(guess);
            String name = c.name().toUpperCase(Locale.ROOT);
            if (name.startsWith("GB") || name.equals("X-EUC-CN") || name.equals("EUC-CN")) {
                c = gb18030; // GB2312 and GBK files often hold a few characters only their superset has
            }
            boolean chinese = c.equals(gb18030) || name.startsWith("BIG5");
            // Speeches are Chinese: a Korean/Japanese/Latin guess on GB bytes is the detector running short
            // of evidence (GB2312 bytes are also valid EUC-KR), so GB18030 wins whenever it decodes.
            if (!chinese && decodes(b, gb18030)) {
                return gb18030;
            }
            if (decodes(b, c)) {
                return c;
            }
        }
        // Short Chinese files often give the detector too little to go on; GB18030 is the likeliest legacy encoding.
        return decodes(b, gb18030) ? gb18030 : null;
    }

    private static boolean decodes(byte[] b, Charset c) {
        try {
            strict(c).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder strict(Charset c) {
        return c.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Only spaces and invisible format characters (zero-width spaces, BOMs): nothing to read. */
    private static boolean hasNoVisibleText(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /** Control characters other than tab/newline mean this is not a text document. */
    private static boolean looksBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return controls > Math.max(2, text.length() / 1000);
    }
}
