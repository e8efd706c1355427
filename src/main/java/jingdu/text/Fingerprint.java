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

    public static String of(String canonicalText) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonicalText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }
}
