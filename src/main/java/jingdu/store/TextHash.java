package jingdu.store;

import java.sql.Connection;
import java.sql.SQLException;

import jingdu.text.Fingerprint;
import org.sqlite.Function;

/**
 * A speech's fingerprint: hex SHA-256 of its canonical text in UTF-8 (the same value the annotations JSON
 * calls {@code sha256}), stored in {@code speech.text_sha256} so an import recognises a text it already has.
 */
public final class TextHash {

    /** The SQL function the migration uses to fill the column for speeches stored before it. */
    static final String SQL_FUNCTION = "jingdu_sha256";
    /** The SQL function that fills {@code speech.norm_sha256} for speeches stored before it (step 9). */
    static final String SQL_NORMALIZED_FUNCTION = "jingdu_norm_sha256";

    private TextHash() {
    }

    public static String of(String canonicalText) {
        return Fingerprint.of(canonicalText);
    }

    /**
     * The fingerprint of the text spaced, broken and written in any character width ({@link Fingerprint#ofNormalized}),
     * stored in {@code speech.norm_sha256}: how an import recognises a speech it has from another file.
     */
    public static String normalized(String text) {
        return Fingerprint.ofNormalized(text);
    }

    static void register(Connection c) throws SQLException {
        register(c, SQL_FUNCTION, TextHash::of);
        register(c, SQL_NORMALIZED_FUNCTION, TextHash::normalized);
    }

    private static void register(Connection c, String name, java.util.function.UnaryOperator<String> hash)
            throws SQLException {
        Function.create(c, name, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String text = value_text(0);
                if (text == null) {
                    result();
                } else {
                    result(hash.apply(text));
                }
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
