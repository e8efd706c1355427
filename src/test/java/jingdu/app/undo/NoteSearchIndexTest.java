package jingdu.app.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jingdu.app.annotate.Annotator;
import jingdu.app.Library;
import jingdu.app.search.Search;
import jingdu.i18n.I18n;
import jingdu.model.Note;
import jingdu.model.Speech;
import jingdu.store.SearchIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes written through the window's commands are in the search index when the write returns, without the
 * catch-up pass searching does, and stay right through edit, delete, undo and redo.
 */
class NoteSearchIndexTest {

    @TempDir
    Path dir;

    private Library lib;
    private Annotator annotator;
    private SearchIndex index;
    private Speech speech;

    @BeforeEach
    void open() throws Exception {
        lib = Library.open(dir.resolve("lib.db"));
        annotator = new Annotator(lib, new I18n(Locale.SIMPLIFIED_CHINESE));
        index = new SearchIndex(lib.database());
        speech = lib.importString("标题\n第一段，加强燃气安全。\n第二段，落实企业主体责任。\n第三段，严查客车超员。", "a.txt");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    /** Notes matching the term, straight from the index (no catch-up). */
    private List<SearchIndex.Doc> notesWith(String term) {
        return index.find(new SearchIndex.Criteria(Search.terms(term), Set.of(), Set.of(), Set.of(), null, null), 50, 0)
                .stream().filter(SearchIndex.Doc::isNote).toList();
    }

    @Test
    void aPassageNoteIsFoundUnderItsParagraphAtOnceAndThroughUndoRedo() throws Exception {
        int at = speech.text().indexOf("企业主体");
        Note note = annotator.addPassageNote(speech.id(), at, at + 4, "瓦斯检查要到位", null);

        assertThat(notesWith("瓦斯检查")).singleElement().satisfies(d -> {
            assertThat(d.noteId()).isEqualTo(note.id());
            assertThat(d.paragraph()).isEqualTo(2);
            assertThat(d.start()).isEqualTo(at);
        });
        assertThat(notesWith("企业主体")).hasSize(1); // the quote is searched too

        annotator.undo();
        assertThat(notesWith("瓦斯检查")).isEmpty();
        annotator.redo();
        assertThat(notesWith("瓦斯检查")).singleElement().extracting(SearchIndex.Doc::paragraph).isEqualTo(2);
    }

    @Test
    void anEditedNoteIsFoundByItsNewTextOnlyAndUndoBringsTheOldTextBack() throws Exception {
        Note note = annotator.addParagraphNote(speech.id(), 3, speech.text().indexOf("第三段"), speech.text().length(),
                "瓦斯检查要到位", "2");
        annotator.editNote(note, "隐患排查要彻底", "2");

        assertThat(notesWith("瓦斯检查")).isEmpty();
        assertThat(notesWith("隐患排查")).singleElement().extracting(SearchIndex.Doc::paragraph).isEqualTo(3);

        annotator.undo();
        assertThat(notesWith("隐患排查")).isEmpty();
        assertThat(notesWith("瓦斯检查")).singleElement().extracting(SearchIndex.Doc::noteId).isEqualTo(note.id());
        annotator.redo();
        assertThat(notesWith("瓦斯检查")).isEmpty();
        assertThat(notesWith("隐患排查")).hasSize(1);
    }

    @Test
    void aDeletedNoteLeavesTheIndexAndUndoingTheDeleteBringsItBack() throws Exception {
        Note note = annotator.addSpeechNote(speech.id(), "瓦斯检查要到位", null);
        assertThat(notesWith("瓦斯检查")).singleElement().extracting(SearchIndex.Doc::paragraph).isEqualTo(0);

        annotator.deleteNote(note);
        assertThat(notesWith("瓦斯检查")).isEmpty();
        annotator.undo();
        assertThat(notesWith("瓦斯检查")).singleElement().extracting(SearchIndex.Doc::noteId).isEqualTo(note.id());
    }
}
