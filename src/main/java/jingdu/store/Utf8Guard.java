package jingdu.store;

import java.sql.SQLException;

import jingdu.model.Utf16;

/**
 * The last check before text reaches SQLite: half a surrogate pair cannot be written as UTF-8 and would be
 * stored as '?', so the row would no longer match what was acknowledged (or the text its quotes).
 * The use cases refuse such input first with a message of their own; this keeps any other path honest.
 */
final class Utf8Guard {

    private Utf8Guard() {
    }

    static void check(String field, String value) throws SQLException {
        int at = value == null ? -1 : Utf16.loneSurrogate(value);
        if (at >= 0) {
            throw new SQLException(field + " holds half a character (unpaired UTF-16 surrogate at " + at + ")");
        }
    }
}
