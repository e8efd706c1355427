package jingdu.app;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A file's name as a reader would write it. On Linux a name is raw bytes: one from a Windows zip is often
 * GBK, which Java shows as U+FFFD boxes. The file's URI still holds the bytes (percent-encoded), so they
 * are decoded again, strictly, as UTF-8 and then as GB18030; if neither fits, the boxes stay (and
 * {@link Titles} leaves them out).
 */
public final class FileNames {

    private static final List<Charset> TRIED = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));

    private FileNames() {
    }

    public static String readable(Path file) {
        String name = String.valueOf(file.getFileName());
        if (name.indexOf('\uFFFD') < 0) {
            return name;
        }
        byte[] raw;
        try {
            String path = file.toUri().getRawPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1); // a folder's URI ends with a slash
            }
            raw = percentDecoded(path.substring(path.lastIndexOf('/') + 1));
        } catch (RuntimeException | java.io.IOError e) {
            return name; // no URI for this path: keep what Java made of it
        }
        for (Charset cs : TRIED) {
            try {
                String decoded = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
                if (decoded.indexOf('\uFFFD') < 0 && decoded.codePoints().noneMatch(Character::isISOControl)) {
                    return decoded;
                }
            } catch (CharacterCodingException e) {
                // not this encoding: try the next
            }
        }
        return name;
    }

    /**
     * The file's absolute path as the library keeps it (shown when the user hovers a speech): its folder as
     * Java reads it, its name {@link #readable}, on one line ({@link SingleLine}); null when there is none.
     */
    public static String fullPath(Path file) {
        try {
            Path absolute = file.toAbsolutePath();
            Path parent = absolute.getParent();
            String name = readable(absolute);
            String path = parent == null ? name : parent.resolve(name).toString();
            String clean = SingleLine.clean(path);
            return clean == null || clean.isEmpty() || !jingdu.model.Utf16.isWellFormed(clean) ? null : clean;
        } catch (RuntimeException | java.io.IOError e) {
            return null; // a path Java cannot resolve (or make of a readable name) is no reason to refuse the file
        }
    }

    /** The bytes behind a URI path segment's %XX escapes (other characters are ASCII in a file URI). */
    private static byte[] percentDecoded(String segment) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()) {
                out.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }
}
