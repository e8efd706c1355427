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

    private TextHash() {
    }

    public static String of(String canonicalText) {
        return Fingerprint.of(canonicalText);
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
