package jingdu.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A speech's fingerprint: hex SHA-256 of its canonical text in UTF-8. The annotations JSON calls it
 * {@code sha256} (how a speech is recognised in someone else's library) and the store keeps it in
 * {@code speech.text_sha256} (how an import recognises a text it already has): one value, one definition.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * The fingerprint of the text as {@link NormalizedText} reads it: equal for texts that differ only in
     * spacing, line breaks, character width or quote style. Kept in {@code speech.norm_sha256}, it is how an
     * import recognises a speech it already has when it comes again from another file format.
     */
    public static String ofNormalized(String text) {
        return of(NormalizedText.of(text));
    }

    public static String of(String canonicalText) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonicalText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
