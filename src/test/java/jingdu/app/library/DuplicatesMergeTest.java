package jingdu.app.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jingdu.app.Library;
import jingdu.app.annotate.Annotator;
import jingdu.app.undo.UndoHistory;
import jingdu.i18n.I18n;
import jingdu.model.Collection;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.PassageTag;
import jingdu.text.TextLayout;
import jingdu.text.TextLayout.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 查找重复 on a real library: a .txt and a PDF's text of one speech are found as a group, and merging moves the
 * PDF's tags, notes and corrections onto the .txt where their text is, trashes the PDF's speech, and is undone
 * and redone as one step.
 */
class DuplicatesMergeTest {

    @TempDir
    Path dir;

    private Library library;
    private Annotator annotator;
    private String txt;
    private String pdf;
    private long kept;
    private long other;

    @BeforeEach
    void open() throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        annotator = library.annotator(new I18n(Locale.SIMPLIFIED_CHINESE));
        txt = DuplicateFinderTest.speech("h01");
        pdf = DuplicateFinderTest.asFromPdf(txt);
        kept = library.importString(txt, "通知.txt").id();
        other = library.importString(pdf, "通知.pdf").id();
        library.importString(DuplicateFinderTest.speech("h02"), "另一篇.txt");
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static int paragraph(String text, String start) {
        List<Range> ps = TextLayout.paragraphs(text);
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).of(text).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + start);
    }

    private static Range range(String text, String phrase) {
        int at = text.indexOf(phrase);
        assertThat(at).as(phrase).isNotNegative();
        return new Range(at, at + phrase.length());
    }

    private long count(String sql) {
        return library.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void theTxtAndThePdfAreOneGroupAndTheMostAnnotatedIsSuggested() throws Exception {
        Duplicates duplicates = new Duplicates(library);
        assertThat(duplicates.find()).singleElement().satisfies(g -> {
            assertThat(g.members()).extracting(Duplicates.Member::id).containsExactly(kept, other); // the oldest first
            assertThat(g.members().get(0).sourceName()).isEqualTo("通知.txt");
            assertThat(g.members().get(1).similarity()).isGreaterThanOrEqualTo(0.95);
        });
        annotator.addSpeechNote(other, "PDF 上的批注", null);
        assertThat(duplicates.find()).singleElement()
                .satisfies(g -> assertThat(g.suggestedKeep()).isEqualTo(other)); // the one with most annotations
    }

    @Test
    void mergeMovesTagsNotesAndCorrectionsByTheirTextAndTrashesTheOther() throws Exception {
        List<Range> pdfParagraphs = TextLayout.paragraphs(pdf);
        int heading = paragraph(pdf, "二、突出重点部位");
        annotator.setParagraphTag(kept, List.of(paragraph(txt, "二、突出重点部位")), "leadership", true); // the kept has it
        annotator.setParagraphTag(other, List.of(heading), "leadership", true);
        // the first piece of a paragraph the PDF broke in three: the whole paragraph in the .txt
        String whole = TextLayout.paragraphs(txt).get(5).of(txt);
        int piece = paragraph(pdf, whole.substring(0, 23));
        assertThat(pdfParagraphs.get(piece).of(pdf)).isEqualTo(whole.substring(0, 23));
        annotator.setParagraphTag(other, List.of(piece), "enterprise", true);
        Range hazard = range(pdf, "水库和堤防安全");
        annotator.togglePassageTag(other, hazard.start(), hazard.end(), "supervision");
        // a passage across the PDF's broken line: the .txt has it without the break
        int broken = pdf.indexOf(whole.substring(0, 23) + "\n");
        Note across = annotator.addPassageNote(other, broken + 18, broken + 28, "跨行的批注", "2");
        assertThat(across.quote()).contains("\n");
        annotator.addParagraphNote(other, 0, pdfParagraphs.get(0).start(), pdfParagraphs.get(0).end(), "称呼", null);
        annotator.addSpeechNote(other, "全文：与 docx 相同", null);
        Note pageNumber = annotator.addPassageNote(other, pdf.indexOf("- 2 -"), pdf.indexOf("- 2 -") + 5, "页码", null);
        Range task = range(pdf, "（二）山洪和地质灾害防御");
        annotator.correct(other, CorrectionKind.DISMISS_OBLIGATION, task.start(), task.end(), null);
        int flood = paragraph(pdf, "（二）山洪");
        annotator.rejectLevel(other, flood, "enterprise");
        Catalog catalog = new Catalog(library);
        Collection season = catalog.createCollection("汛期");
        catalog.addToCollection(season.id(), other);
        List<Note> otherNotes = library.notes(other);

        Duplicates.Merged m = new Duplicates(library).merge(kept, List.of(other));

        assertThat(m.trashed()).containsExactly(other);
        assertThat(m.tags()).isEqualTo(1);
        assertThat(m.passageTags()).isEqualTo(1);
        assertThat(m.notes()).isEqualTo(3);
        assertThat(m.corrections()).isEqualTo(2);
        assertThat(m.collections()).isEqualTo(1);
        assertThat(m.alreadyThere()).isEqualTo(1);
        assertThat(m.notPlaced()).isEqualTo(1); // the page number is not in the .txt
        // the rows on the kept speech
        assertThat(library.paragraphTagIds(kept)).containsEntry(paragraph(txt, "二、突出重点部位"), java.util.Set.of("leadership"))
                .containsEntry(5, java.util.Set.of("enterprise"));
        assertThat(library.passageTags(kept)).singleElement().satisfies((PassageTag t) -> {
            assertThat(txt.substring(t.start(), t.end())).isEqualTo("水库和堤防安全");
            assertThat(t.tagId()).isEqualTo("supervision");
        });
        List<Note> notes = library.notes(kept);
        assertThat(notes).extracting(Note::body).containsExactlyInAnyOrder("跨行的批注", "称呼", "全文：与 docx 相同");
        for (Note n : notes) {
            assertThat(txt.substring(n.start(), n.end())).isEqualTo(n.quote());
        }
        Note moved = notes.stream().filter(n -> n.body().equals("跨行的批注")).findFirst().orElseThrow();
        assertThat(moved.quote()).isEqualTo(across.quote().replace("\n", "")).doesNotContain("\n");
        assertThat(moved.colour()).isEqualTo("2");
        assertThat(moved.createdAt()).isEqualTo(across.createdAt());
        Note salutation = notes.stream().filter(n -> n.body().equals("称呼")).findFirst().orElseThrow();
        assertThat(salutation.scope()).isEqualTo(NoteScope.PARAGRAPH);
        assertThat(salutation.paragraph()).isZero();
        assertThat(library.corrections(kept)).extracting(Correction::kind, Correction::quote)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CorrectionKind.DISMISS_OBLIGATION, "（二）山洪和地质灾害防御"),
                        org.assertj.core.groups.Tuple.tuple(CorrectionKind.REJECT_LEVEL,
                                TextLayout.paragraphs(txt).get(paragraph(txt, "（二）山洪")).of(txt)));
        assertThat(catalog.collectionsOf(kept)).containsExactly(season);
        // the other is in the trash with its own annotations, untouched; search and the library list skip it
        assertThat(catalog.isDeleted(other)).isTrue();
        assertThat(catalog.isDeleted(kept)).isFalse();
        assertThat(library.notes(other)).isEqualTo(otherNotes);
        assertThat(library.list()).extracting(s -> s.id()).doesNotContain(other).contains(kept);
        assertThat(count("SELECT count(*) FROM note WHERE speech_id = " + other)).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM note WHERE speech_id = " + kept)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM correction WHERE speech_id = " + kept)).isEqualTo(2);
        assertThat(pageNumber.speechId()).isEqualTo(other);

        // one step back: the kept speech as it was, the other out of the trash
        UndoHistory history = annotator.history();
        assertThat(history.nextUndo()).hasValueSatisfying(d -> assertThat(d.key()).isEqualTo("undo.desc.merge"));
        history.undo();
        assertThat(catalog.isDeleted(other)).isFalse();
        assertThat(library.notes(kept)).isEmpty();
        assertThat(library.passageTags(kept)).isEmpty();
        assertThat(library.corrections(kept)).isEmpty();
        assertThat(library.paragraphTagIds(kept)).containsOnlyKeys(paragraph(txt, "二、突出重点部位")); // its own tag stays
        assertThat(catalog.collectionsOf(kept)).isEmpty();
        assertThat(library.notes(other)).isEqualTo(otherNotes);
        history.redo();
        assertThat(catalog.isDeleted(other)).isTrue();
        assertThat(library.notes(kept)).hasSize(3);
        assertThat(library.corrections(kept)).hasSize(2);
    }

    @Test
    void aMergeThatCannotBeDoneChangesNothing() throws Exception {
        Duplicates duplicates = new Duplicates(library);
        assertThatThrownBy(() -> duplicates.merge(kept, List.of())).isInstanceOf(CatalogException.class)
                .hasMessageContaining("duplicates.error.nothing");
        assertThatThrownBy(() -> duplicates.merge(kept, List.of(kept))).isInstanceOf(CatalogException.class)
                .hasMessageContaining("duplicates.error.keptMerged");
        assertThatThrownBy(() -> duplicates.merge(kept, List.of(other, other))).isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> duplicates.merge(kept, List.of(999L))).isInstanceOf(CatalogException.class)
                .hasMessageContaining("noSpeech");
        new Catalog(library).delete(other);
        assertThatThrownBy(() -> duplicates.merge(kept, List.of(other))).isInstanceOf(CatalogException.class)
                .hasMessageContaining("deleted");
        assertThat(annotator.history().nextUndo()).isEmpty();
        List<Long> live = new ArrayList<>();
        library.list().forEach(s -> live.add(s.id()));
        assertThat(live).contains(kept).doesNotContain(other);
    }

    /** A merge whose trashed speech has been purged cannot be undone: the step is dropped, the kept speech keeps all. */
    @Test
    void undoingAfterThePurgeKeepsTheMovedAnnotations() throws Exception {
        annotator.addSpeechNote(other, "保留下来", null);
        new Duplicates(library).merge(kept, List.of(other));
        library.database().inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM speech WHERE id = " + other);
            }
            return null;
        });
        assertThatThrownBy(() -> annotator.history().undo()).hasMessageContaining("undo.error.stale");
        assertThat(library.notes(kept)).extracting(Note::body).containsExactly("保留下来");
        assertThat(annotator.history().nextUndo()).isPresent(); // the note's own step, before the merge
    }

    // ---- the task board's work goes with a merge (issue 19) ----------------------------------------

    private jingdu.app.tasks.TaskBoard board() {
        return new jingdu.app.tasks.TaskBoard(library, jingdu.analysis.SectorLexicon.builtInCatalog(),
                periods -> (deadline, date) -> java.util.Optional.empty(), units -> bearer -> java.util.Optional.empty(),
                List.of());
    }

    private static List<jingdu.app.tasks.BoardRow> rowsOf(jingdu.app.tasks.TaskBoard board, long speech) {
        return board.rows(jingdu.model.TaskScope.speech(speech), java.time.LocalDate.of(2026, 1, 1));
    }

    private static jingdu.app.tasks.BoardRow at(List<jingdu.app.tasks.BoardRow> rows, String text, String phrase) {
        int where = text.indexOf(phrase);
        assertThat(where).as(phrase).isNotNegative();
        return rows.stream().filter(r -> r.task().start() <= where && where < r.task().end()).findFirst().orElseThrow();
    }

    @Test
    void mergeCarriesTheWorkOnTasksToTheSpeechKeptAndUndoTakesItBack() throws Exception {
        jingdu.analysis.Analyzer engine = new jingdu.analysis.Analyzer();
        jingdu.app.tasks.TaskBoard board = board();
        board.refresh(jingdu.model.TaskScope.all(), engine, "", (d, n) -> { }, () -> false);
        List<jingdu.app.tasks.BoardRow> mine = rowsOf(board, other);
        List<jingdu.app.tasks.BoardRow> theirs = rowsOf(board, kept);
        assertThat(mine).hasSizeGreaterThan(3);
        jingdu.model.Unit unit = board.addUnit("省水利厅", List.of(), false);
        // work on the PDF's first task, and on a task both speeches decided on their own
        jingdu.app.tasks.BoardRow first = mine.get(0);
        jingdu.app.tasks.BoardRow both = mine.get(2);
        board.edit(List.of(first.id()), st -> st.withStatus(jingdu.model.TaskStatus.IN_PROGRESS).withLead(unit.id()));
        board.addProgress(first.id(), "王五", "已召开专题会", java.time.Instant.parse("2025-05-01T02:00:00Z"));
        board.edit(List.of(both.id()), st -> st.withStatus(jingdu.model.TaskStatus.EXCLUDED));
        board.addProgress(both.id(), "王五", "另有安排", java.time.Instant.parse("2025-05-02T02:00:00Z"));
        String firstPhrase = pdf.substring(first.task().start(), first.task().end()).replaceAll("\\s", "");
        String bothPhrase = pdf.substring(both.task().start(), both.task().end()).replaceAll("\\s", "");
        jingdu.app.tasks.BoardRow keptBoth = at(theirs, txt, bothPhrase.substring(0, 8));
        board.edit(List.of(keptBoth.id()), st -> st.withStatus(jingdu.model.TaskStatus.DONE));

        new Duplicates(library).merge(kept, List.of(other));
        board.refresh(jingdu.model.TaskScope.all(), engine, "", (d, n) -> { }, () -> false);
        List<jingdu.app.tasks.BoardRow> after = rowsOf(board, kept);
        jingdu.app.tasks.BoardRow carried = at(after, txt, firstPhrase.substring(0, 8));
        assertThat(carried.task().state().status()).isEqualTo(jingdu.model.TaskStatus.IN_PROGRESS);
        assertThat(carried.lead()).isEqualTo(unit);
        assertThat(carried.entry().latest().body()).isEqualTo("已召开专题会");
        jingdu.app.tasks.BoardRow decided = at(after, txt, bothPhrase.substring(0, 8));
        assertThat(decided.task().state().status()).as("the kept speech's own decision stays").isEqualTo(jingdu.model.TaskStatus.DONE);
        assertThat(board.progress(decided.id())).extracting(jingdu.model.TaskProgress::body).contains("另有安排");
        assertThat(after).as("no task twice, none greyed").hasSameSizeAs(theirs).allSatisfy(r -> assertThat(r.task().inText()).isTrue());

        UndoHistory history = new UndoHistory(library.database());
        history.undo();
        List<jingdu.app.tasks.BoardRow> undone = rowsOf(board, kept);
        assertThat(at(undone, txt, firstPhrase.substring(0, 8)).task().state()).isEqualTo(jingdu.model.TaskState.INITIAL);
        assertThat(board.progress(at(undone, txt, bothPhrase.substring(0, 8)).id())).isEmpty();
        assertThat(rowsOf(board, other).get(0).task().state().status()).isEqualTo(jingdu.model.TaskStatus.IN_PROGRESS);
        history.redo();

        // the merged speech purged from the trash: the work is on the kept speech still
        library.database().inTransaction(c -> {
            try (var ps = c.prepareStatement("DELETE FROM speech WHERE id = ?")) {
                ps.setLong(1, other);
                return ps.executeUpdate();
            }
        });
        board.refresh(jingdu.model.TaskScope.all(), engine, "", (d, n) -> { }, () -> false);
        jingdu.app.tasks.BoardRow still = at(rowsOf(board, kept), txt, firstPhrase.substring(0, 8));
        assertThat(still.task().state().status()).isEqualTo(jingdu.model.TaskStatus.IN_PROGRESS);
        assertThat(still.entry().latest().body()).isEqualTo("已召开专题会");
    }

    @Test
    void workOnTasksOfASpeechKeptBeforeItsTasksWereMadeIsNotLost() throws Exception {
        jingdu.analysis.Analyzer engine = new jingdu.analysis.Analyzer();
        jingdu.app.tasks.TaskBoard board = board();
        board.refresh(jingdu.model.TaskScope.speech(other), engine, "", (d, n) -> { }, () -> false);
        jingdu.app.tasks.BoardRow first = rowsOf(board, other).get(0);
        board.edit(List.of(first.id()), st -> st.withStatus(jingdu.model.TaskStatus.DONE));
        String phrase = pdf.substring(first.task().start(), first.task().end()).replaceAll("\\s", "");

        new Duplicates(library).merge(kept, List.of(other));
        board.refresh(jingdu.model.TaskScope.all(), engine, "", (d, n) -> { }, () -> false);
        List<jingdu.app.tasks.BoardRow> after = rowsOf(board, kept);
        assertThat(at(after, txt, phrase.substring(0, 8)).task().state().status()).isEqualTo(jingdu.model.TaskStatus.DONE);
        assertThat(after).allSatisfy(r -> assertThat(r.task().inText()).isTrue());
        assertThat(after.stream().filter(r -> r.task().state().touched())).hasSize(1);
    }
}
