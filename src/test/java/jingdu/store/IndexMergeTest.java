package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index is merged in small background steps, never inside a user's write (decision 0006). */
class IndexMergeTest {

    @TempDir
    Path dir;

    private static List<SearchIndex.Doc> find(SearchIndex index, String term) {
        return index.find(new SearchIndex.Criteria(List.of(term), Set.of(), Set.of(), Set.of(), null, null), 1000, 0);
    }

    @Test
    void writesLeaveSegmentsForTheBackgroundAndMergingChangesNoResult() throws Exception {
        try (Database db = Database.open(dir.resolve("lib.db"))) {
            int automerge = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT v FROM search_bi_config WHERE k = 'automerge'")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            });
            assertThat(automerge).as("no merging inside a write").isZero();

            SpeechRepository speeches = new SpeechRepository(db);
            NoteRepository notes = new NoteRepository(db);
            Speech sp = speeches.insert("讲话", "a.txt", "要抓好安全生产\n燃气管道隐患排查", 2);
            for (int i = 0; i < 40; i++) { // forty writes, each its own transaction and its own segment
                var note = notes.add(sp.id(), 0, 2, "要抓", "批注第" + i + "条要落实");
                db.inTransaction(c -> {
                    SearchIndex.indexNote(c, note.id());
                    return null;
                });
            }
            SearchIndex index = new SearchIndex(db);
            List<SearchIndex.Doc> before = find(index, "落实");
            assertThat(before).hasSize(40);

            boolean worked = db.inTransaction(c -> SearchIndex.mergeStep(c));
            assertThat(worked).as("forty segments give the merger work").isTrue();
            db.inTransaction(c -> {
                SearchIndex.mergeAll(c);
                return null;
            });
            boolean more = db.inTransaction(c -> SearchIndex.mergeStep(c));
            assertThat(more).as("nothing left once all is merged").isFalse();
            assertThat(find(index, "落实")).containsExactlyInAnyOrderElementsOf(before);
            assertThat(find(index, "燃气")).hasSize(1);
        }
    }
}
