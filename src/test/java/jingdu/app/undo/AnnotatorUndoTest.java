package jingdu.app.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.Annotator;
import jingdu.app.Library;
import jingdu.i18n.I18n;
import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.Speech;
import jingdu.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every annotation command does, undoes and redoes on a real library file, and the history survives reopening. */
class AnnotatorUndoTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    private Speech speech(Library lib) throws Exception {
        return lib.importString("标题\n第一段，加强燃气安全。\n第二段，落实企业主体责任。\n第三段。", "a.txt");
    }

    @Test
    void paragraphTagsUndoAndRedoAcrossAReopen() throws Exception {
        Path file = dir.resolve("lib.db");
        long id;
        try (Library lib = Library.open(file)) {
            Annotator a = new Annotator(lib, ZH);
            id = speech(lib).id();
            a.setParagraphTag(id, List.of(1), "supervision", true);
            a.toggleParagraphTag(id, List.of(1, 2), "supervision"); // 2 lacks it: only 2 is added
            assertThat(lib.tags().idsForSpeech(id)).isEqualTo(Map.of(1, Set.of("supervision"), 2, Set.of("supervision")));
            assertThat(a.nextUndo()).get().extracting(Description::key).isEqualTo("undo.desc.tagAdd");
        }
        try (Library lib = Library.open(file)) {
            Annotator a = new Annotator(lib, ZH);
            assertThat(a.undo()).isPresent();
            assertThat(lib.tags().idsForSpeech(id)).isEqualTo(Map.of(1, Set.of("supervision")));
            assertThat(a.undo()).isPresent();
            assertThat(lib.tags().idsForSpeech(id)).isEmpty();
            assertThat(a.undo()).isEmpty();
            assertThat(a.redo()).isPresent();
            assertThat(lib.tags().idsForSpeech(id)).isEqualTo(Map.of(1, Set.of("supervision")));
        }
        try (Library lib = Library.open(file)) {
            Annotator a = new Annotator(lib, ZH);
            assertThat(a.redo()).isPresent();
            assertThat(lib.tags().idsForSpeech(id)).containsOnlyKeys(1, 2);
            assertThat(a.redo()).isEmpty();
        }
    }

    @Test
    void passageTagsAndNotesOfEveryScopeUndoExactly() throws Exception {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            Annotator a = new Annotator(lib, ZH);
            Speech s = speech(lib);
            int at = s.text().indexOf("燃气安全");
            a.togglePassageTag(s.id(), at, at + 4, "leadership");
            assertThat(lib.tagSet().passageTags(s.id())).singleElement().satisfies(p -> {
                assertThat(p.start()).isEqualTo(at);
                assertThat(p.tagId()).isEqualTo("leadership");
            });
            a.togglePassageTag(s.id(), at, at + 4, "leadership"); // same passage again removes it
            assertThat(lib.tagSet().passageTags(s.id())).isEmpty();
            a.undo();
            long passageId = lib.tagSet().passageTags(s.id()).get(0).id();
            a.undo();
            assertThat(lib.tagSet().passageTags(s.id())).isEmpty();
            a.redo();
            assertThat(lib.tagSet().passageTags(s.id())).extracting(p -> p.id()).containsExactly(passageId);

            Note passage = a.addPassageNote(s.id(), at, at + 4, "要点", "4");
            Note paragraph = a.addParagraphNote(s.id(), 2, s.text().indexOf("第二段"), s.text().indexOf("第三段") - 1, "整段", null);
            Note whole = a.addSpeechNote(s.id(), "全文", "2");
            assertThat(lib.notes().forSpeech(s.id())).extracting(Note::scope)
                    .containsExactlyInAnyOrder(NoteScope.PASSAGE, NoteScope.PARAGRAPH, NoteScope.SPEECH);
            assertThat(paragraph.quote()).isEqualTo("第二段，落实企业主体责任。");
            assertThat(whole.start()).isZero();

            Note edited = a.editNote(passage, "改过的要点", null);
            assertThat(lib.notes().forSpeech(s.id())).filteredOn(n -> n.id() == passage.id())
                    .singleElement().satisfies(n -> {
                        assertThat(n.body()).isEqualTo("改过的要点");
                        assertThat(n.colour()).isNull();
                    });
            a.undo();
            assertThat(lib.notes().forSpeech(s.id())).filteredOn(n -> n.id() == passage.id())
                    .singleElement().satisfies(n -> {
                        assertThat(n.body()).isEqualTo("要点");
                        assertThat(n.colour()).isEqualTo("4");
                    });
            a.redo();
            a.deleteNote(edited);
            assertThat(lib.notes().forSpeech(s.id())).hasSize(2);
            a.undo();
            assertThat(lib.notes().forSpeech(s.id())).filteredOn(n -> n.id() == passage.id())
                    .singleElement().extracting(Note::body).isEqualTo("改过的要点");
            a.undo(); // the edit
            a.undo(); // the speech note
            assertThat(lib.notes().forSpeech(s.id())).extracting(Note::scope)
                    .containsExactlyInAnyOrder(NoteScope.PASSAGE, NoteScope.PARAGRAPH);
            a.redo();
            assertThat(lib.notes().forSpeech(s.id())).filteredOn(n -> n.scope() == NoteScope.SPEECH)
                    .singleElement().satisfies(n -> assertThat(n.id()).isEqualTo(whole.id()));
        }
    }

    @Test
    void tagSetEditsNestReorderRecolourAndDeleteWithUndo() throws Exception {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            Annotator a = new Annotator(lib, ZH);
            Speech s = speech(lib);
            Tag housing = a.addTag("住建", null);
            Tag traffic = a.addTag("交通", null);
            assertThat(housing.id()).isEqualTo("t1");
            assertThat(traffic.id()).isEqualTo("t2");
            assertThat(a.tags().keyed()).extracting(Tag::id).containsExactly("leadership", "supervision", "enterprise", "t1", "t2");

            // nest both under 部门监管责任 (supervision): move them up next to it, then indent
            a.move("t1", -1);
            assertThat(a.tags().inOrder()).extracting(Tag::id).containsExactly("leadership", "supervision", "t1", "enterprise", "t2");
            a.indent("t1");
            assertThat(a.tags().find("t1").orElseThrow().parentId()).isEqualTo("supervision");
            assertThat(a.tags().inOrder()).extracting(Tag::id).containsExactly("leadership", "supervision", "t1", "enterprise", "t2");
            a.undo();
            assertThat(a.tags().find("t1").orElseThrow().parentId()).isNull();
            a.redo();
            a.outdent("t1");
            assertThat(a.tags().inOrder()).extracting(Tag::id).containsExactly("leadership", "supervision", "t1", "enterprise", "t2");
            assertThat(a.tags().find("t1").orElseThrow().parentId()).isNull();
            a.undo();

            a.rename("supervision", "部门监管");
            a.recolour("supervision", "7");
            assertThat(a.tags().find("supervision").orElseThrow()).satisfies(t -> {
                assertThat(t.name()).isEqualTo("部门监管");
                assertThat(t.colour()).isEqualTo("7");
            });
            a.undo();
            a.undo();
            assertThat(a.tags().find("supervision").orElseThrow()).satisfies(t -> {
                assertThat(t.name()).isNull();
                assertThat(t.colour()).isEqualTo("2");
            });

            // deleting a user tag takes its uses with it; undo brings all back
            a.setParagraphTag(s.id(), List.of(1), "t1", true);
            int at = s.text().indexOf("燃气");
            a.togglePassageTag(s.id(), at, at + 2, "t1");
            assertThat(a.uses("supervision")).isEqualTo(2);
            a.deleteTag("t1");
            assertThat(a.tags().find("t1")).isEmpty();
            assertThat(lib.tags().idsForSpeech(s.id())).isEmpty();
            assertThat(lib.tagSet().passageTags(s.id())).isEmpty();
            a.undo();
            assertThat(a.tags().find("t1")).get().extracting(Tag::parentId).isEqualTo("supervision");
            assertThat(lib.tags().idsForSpeech(s.id())).isEqualTo(Map.of(1, Set.of("t1")));
            assertThat(lib.tagSet().passageTags(s.id())).hasSize(1);

            assertThatThrownBy(() -> a.deleteTag("leadership")).isInstanceOf(AnnotationException.class);
            assertThatThrownBy(() -> a.deleteTag("supervision")).isInstanceOf(AnnotationException.class);
            assertThatThrownBy(() -> a.addTag("  ", null)).isInstanceOf(AnnotationException.class);
            assertThatThrownBy(() -> a.recolour("t1", "red")).isInstanceOf(AnnotationException.class);
            assertThat(a.tags().all()).hasSize(5);

            a.undo(); // the passage tag
            a.undo(); // the paragraph tag
            assertThat(lib.tagSet().passageTags(s.id())).isEmpty();
            assertThat(lib.tags().idsForSpeech(s.id())).isEmpty();
        }
    }

    @Test
    void theHistoryKeepsOnlyTheNewestSteps() throws Exception {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            Annotator a = new Annotator(lib, ZH);
            Speech s = speech(lib);
            for (int i = 0; i < UndoHistory.CAP + 15; i++) {
                a.toggleParagraphTag(s.id(), List.of(1), "leadership");
            }
            assertThat(a.history().size()).isEqualTo(UndoHistory.CAP);
            int undone = 0;
            while (a.undo().isPresent()) {
                undone++;
            }
            assertThat(undone).isEqualTo(UndoHistory.CAP);
        }
    }

    @Test
    void aNewActionClearsTheRedoStack() throws Exception {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            Annotator a = new Annotator(lib, ZH);
            Speech s = speech(lib);
            a.setParagraphTag(s.id(), List.of(1), "leadership", true);
            a.undo();
            assertThat(a.nextRedo()).isPresent();
            a.setParagraphTag(s.id(), List.of(2), "enterprise", true);
            assertThat(a.nextRedo()).isEmpty();
            assertThat(a.redo()).isEmpty();
        }
    }
}
