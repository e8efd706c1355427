package jingdu.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jingdu.analysis.Analyzer;
import jingdu.app.library.Catalog;
import jingdu.app.library.CatalogException;
import jingdu.app.Library;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.app.export.Exports;
import jingdu.i18n.I18n;
import jingdu.model.ExportFilter;
import jingdu.io.ImportException;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import jingdu.store.StoreException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deleted speech waits in the trash for its purge; a tag, note or edit written to it was acknowledged and
 * then purged with it. Every write path refuses it, inside the writing transaction, with a message.
 */
class DeletedSpeechWritesTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final I18n EN = new I18n(Locale.ENGLISH);
    private static final String TEXT = "县安委会讲话\n同志们：\n企业要落实主体责任。\n各部门要加强监管。";

    private static final String DELETED = "speech.error.deleted";

    @TempDir
    Path dir;

    @Test
    void everyWriteToADeletedSpeechIsRefusedAndChangesNothing() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Catalog catalog = new Catalog(library);
            Annotator annotator = new Annotator(library, ZH);
            Speech s = library.importString(TEXT, "a.txt");
            Note note = annotator.addPassageNote(s.id(), 0, 3, "删除前的批注", null);
            SpeechMeta meta = catalog.meta(s.id());
            catalog.delete(s.id());

            // the command line's doors
            assertRefused(() -> library.tagParagraph(s.id(), 1, Level.ENTERPRISE, true), AnnotationException.class);
            assertRefused(() -> library.addNote(s.id(), 0, 2, "新批注"), AnnotationException.class);
            // the window's doors
            assertRefused(() -> annotator.setParagraphTag(s.id(), List.of(1), Level.ENTERPRISE.id(), true), AnnotationException.class);
            assertRefused(() -> annotator.toggleParagraphTag(s.id(), List.of(2), Level.LEADERSHIP.id()), AnnotationException.class);
            assertRefused(() -> annotator.togglePassageTag(s.id(), 0, 3, Level.ENTERPRISE.id()), AnnotationException.class);
            assertRefused(() -> annotator.addPassageNote(s.id(), 0, 2, "新批注", null), AnnotationException.class);
            assertRefused(() -> annotator.addParagraphNote(s.id(), 1, 7, 11, "段落批注", null), AnnotationException.class);
            assertRefused(() -> annotator.addSpeechNote(s.id(), "全文批注", null), AnnotationException.class);
            assertRefused(() -> annotator.editNote(note, "改过的批注", null), AnnotationException.class);
            assertRefused(() -> annotator.deleteNote(note), AnnotationException.class);
            // details
            assertRefused(() -> catalog.saveMeta(s.id(), new SpeechMeta("新标题", "王县长", null, null, null, null, null)),
                    CatalogException.class);
            assertRefused(() -> catalog.rename(s.id(), "新标题"), CatalogException.class);
            // the store itself, for any other caller
            assertThatThrownBy(() -> library.tags().set(s.id(), List.of(1), Level.ENTERPRISE, true))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo(DELETED));
            assertThatThrownBy(() -> library.notes().add(s.id(), 0, 2, "县安", "x")).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo(DELETED));
            assertThatThrownBy(() -> library.notes().updateBody(note.id(), "x")).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo(DELETED));
            assertThatThrownBy(() -> library.notes().delete(note.id())).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.key()).isEqualTo(DELETED));

            // undoing the delete brings back exactly what was there, and writes work again
            catalog.restore(s.id());
            assertThat(library.tags().idsForSpeech(s.id())).isEmpty();
            assertThat(library.tagSet().passageTags(s.id())).isEmpty();
            assertThat(library.notes().forSpeech(s.id())).containsExactly(note);
            assertThat(catalog.meta(s.id())).isEqualTo(meta);
            library.tagParagraph(s.id(), 1, Level.ENTERPRISE, true);
            assertThat(library.tags().forSpeech(s.id())).isEqualTo(Map.of(1, Set.of(Level.ENTERPRISE)));
            assertThat(ZH.get(DELETED, "7")).contains("7", "删除");
            assertThat(EN.get(DELETED, "7")).contains("Speech 7", "deleted");
        }
    }

    @Test
    void undoAndRedoOfAStepOnADeletedSpeechAreRefusedAndTheStepLeavesTheHistory() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Catalog catalog = new Catalog(library);
            Annotator annotator = new Annotator(library, ZH);
            Speech other = library.importString("另一篇讲话\n企业要落实责任。", "b.txt");
            Speech s = library.importString(TEXT, "a.txt");
            annotator.setParagraphTag(other.id(), List.of(1), Level.SUPERVISION.id(), true);
            annotator.setParagraphTag(s.id(), List.of(2), Level.ENTERPRISE.id(), true);
            catalog.delete(s.id());

            assertThatThrownBy(annotator::undo).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.key()).isEqualTo("undo.error.deleted");
                assertThat(ZH.get(e.key(), e.detail())).contains(String.valueOf(s.id()));
            });
            catalog.restore(s.id());
            assertThat(library.tags().idsForSpeech(s.id())).isEqualTo(Map.of(2, Set.of(Level.ENTERPRISE.id())));
            // the refused step is gone; the one before it still undoes
            assertThat(annotator.undo()).get().extracting(c -> c.speechId()).isEqualTo(other.id());
            assertThat(library.tags().idsForSpeech(other.id())).isEmpty();

            // redo of a step on a deleted speech: refused too, and nothing written
            annotator.setParagraphTag(s.id(), List.of(3), Level.LEADERSHIP.id(), true);
            annotator.undo();
            catalog.delete(s.id());
            assertThatThrownBy(annotator::redo).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.key()).isEqualTo("undo.error.deleted"));
            catalog.restore(s.id());
            assertThat(library.tags().idsForSpeech(s.id())).isEqualTo(Map.of(2, Set.of(Level.ENTERPRISE.id())));
        }
    }

    @Test
    void annotationsForASpeechDeletedWhileTheFileIsImportedChangeNothing() throws Exception {
        Path json = dir.resolve("colleague.json");
        try (Library colleague = Library.open(dir.resolve("colleague.db"))) {
            Speech s = colleague.importString(TEXT, "a.txt");
            colleague.tagParagraph(s.id(), 2, Level.ENTERPRISE, true);
            colleague.addNote(s.id(), 0, 3, "同事的批注");
            new Exports(colleague, new Analyzer(), ZH).write(
                    new ExportRequest(ExportFormat.JSON, List.of(), ExportFilter.NONE, false), json, true);
        }
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Catalog catalog = new Catalog(library);
            Speech mine = library.importString(TEXT, "mine.txt");
            AnnotationImport importer = new AnnotationImport(library);
            AnnotationImport.Plan plan = importer.plan(jingdu.io.AnnotationsJson.read(java.nio.file.Files.readString(json)),
                    "colleague.json");
            assertThat(plan.byHash()).hasSize(1);
            catalog.delete(mine.id()); // deleted in the window after the file was checked

            assertThatThrownBy(() -> importer.write(plan)).isInstanceOfSatisfying(ImportException.class, e -> {
                assertThat(e.key()).isEqualTo("export.import.error.deleted");
                assertThat(e.localized(ZH)).contains("县安委会讲话");
            });
            catalog.restore(mine.id());
            assertThat(library.tags().forSpeech(mine.id())).isEmpty();
            assertThat(library.notes().forSpeech(mine.id())).isEmpty();
        }
    }

    private static void assertRefused(ThrowingCallable call, Class<? extends jingdu.i18n.LocalizedException> type) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> assertThat(e.key()).isEqualTo(DELETED));
    }
}
