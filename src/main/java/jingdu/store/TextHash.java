package jingdu.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

import org.sqlite.Function;

/**
 * A speech's fingerprint: hex SHA-256 of its canonical text in UTF-8 (the same value the annotations JSON
 * calls {@code sha256}), stored in {@code speech.text_sha256} so an import recognises a text it already has.
 */
public final class TextHash {

    /** The SQL function the migration uses to fill the column for speeches stored before it. */
    static final String SQL_FUNCTION = "jingdu_sha256";

    private TextHash() {
    }

    public static String of(String canonicalText) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonicalText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    static void register(Connection c) throws SQLException {
        Function.create(c, SQL_FUNCTION, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                if (text == null) {
                    result();
                } else {
                    result(of(text));
                }
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
