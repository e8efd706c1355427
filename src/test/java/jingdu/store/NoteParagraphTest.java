package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paragraph a note is indexed under: read from the index rows, the same as counting lines in the text. */
class NoteParagraphTest {

    private static final String TEXT = "标题\n第一段，加强燃气安全。\n\n第三段，落实企业主体责任。\n末段";

    @TempDir
    Path dir;

    private static int linesBefore(String text, int at) {
        return (int) text.substring(0, Math.min(at, text.length())).chars().filter(ch -> ch == '\n').count();
    }

    @Test
    void everyOffsetOfAnIndexedSpeechAndOfOneNotIndexedYet() {
        try (Database db = Database.open(dir.resolve("lib.db"))) {
            long indexed = new SpeechRepository(db).insert("标题", "a.txt", TEXT, 5).id();
            long bare = new SpeechRepository(db).insert("标题", "b.txt", TEXT, 5).id();
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_doc WHERE speech_id = ?")) {
                    ps.setLong(1, bare); // as a library from before the index, or a speech catch-up has not reached
                    ps.executeUpdate();
                }
                return null;
            });
            for (int at = 0; at <= TEXT.length() + 1; at++) {
                int offset = at;
                assertThat(db.<Integer>read(c -> SearchIndex.paragraphAt(c, indexed, offset))).as("indexed, offset %d", at)
                        .isEqualTo(linesBefore(TEXT, at));
                assertThat(db.<Integer>read(c -> SearchIndex.paragraphAt(c, bare, offset))).as("not indexed, offset %d", at)
                        .isEqualTo(linesBefore(TEXT, at));
            }
        }
    }
}
