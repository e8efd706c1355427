package jingdu.app.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jingdu.app.Library;
import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.Annotator;
import jingdu.app.search.Search;
import jingdu.app.search.SearchHit;
import jingdu.app.search.SearchQuery;
import jingdu.app.undo.Description;
import jingdu.app.undo.ParagraphEditCommand;
import jingdu.i18n.I18n;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.PassageTag;
import jingdu.model.Speech;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: paragraphs split and joined on a real library file. Every tag, note, passage tag and correction
 * stays on its text, search follows, and undo and redo put back exactly the rows that were there.
 */
class ParagraphEditTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final String SPEECH = """
            关于安全生产的讲话
            一、总体要求。各地区要严格落实企业安全生产主体责任。煤矿企业要严防瓦斯爆炸。
            第二段，加强燃气安全。
            第三段。""";

    @TempDir
    Path dir;

    private Library library;
    private Annotator annotator;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("lib.db"));
        annotator = new Annotator(library, ZH);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private String text(long id) {
        return library.find(id).orElseThrow().text();
    }

    private static String of(String text, int start, int end) {
        return text.substring(start, end);
    }

    /** What every note, passage tag and correction covers, by id: the text they are attached to. */
    private Map<String, String> covered(long id) {
        String text = text(id);
        Map<String, String> out = new LinkedHashMap<>();
        for (Note n : library.notes(id)) {
            out.put("note " + n.body(), of(text, n.start(), n.end()));
            if (n.scope() != NoteScope.SPEECH) {
                assertThat(n.quote()).as("quote of " + n.body()).isEqualTo(of(text, n.start(), n.end()));
            }
        }
        for (PassageTag t : library.passageTags(id)) {
            out.put("passage " + t.tagId(), of(text, t.start(), t.end()));
        }
        for (Correction k : library.corrections(id)) {
            out.putIfAbsent("correction " + k.kind().id() + " " + k.value(), of(text, k.start(), k.end()));
            assertThat(k.quote()).isEqualTo(of(text, k.start(), k.end()));
        }
        return out;
    }

    /** The speech's rows in every table an edit touches (speech, annotations, search rows), as text. */
    private List<String> rows(long id) {
        List<String> out = new ArrayList<>();
        library.database().read(c -> {
            for (String sql : List.of(
                    "SELECT id, title, source_name, text, imported_at, paragraph_count, text_sha256 FROM speech WHERE id = " + id,
                    "SELECT * FROM note WHERE speech_id = " + id + " ORDER BY id",
                    "SELECT * FROM passage_tag WHERE speech_id = " + id + " ORDER BY id",
                    "SELECT * FROM correction WHERE speech_id = " + id + " ORDER BY id",
                    "SELECT * FROM paragraph_tag WHERE speech_id = " + id + " ORDER BY paragraph, level",
                    "SELECT * FROM search_doc WHERE speech_id = " + id + " ORDER BY id")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(sql.substring(sql.indexOf("FROM")));
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(" | ").append(rs.getString(i));
                        }
                        out.add(row.toString());
                    }
                }
            }
            return null;
        });
        return out;
    }

    private List<Integer> paragraphsFound(String term) {
        return new Search(library).search(SearchQuery.of(term)).hits().stream()
                .filter(h -> !h.isNote()).map(SearchHit::paragraph).toList();
    }

    private List<Long> notesFound(String term) {
        return new Search(library).search(SearchQuery.of(term)).hits().stream()
                .filter(SearchHit::isNote).map(SearchHit::noteId).toList();
    }

    /** The sample speech with something of every kind on and around paragraph 1. */
    private Speech annotated() throws Exception {
        Speech s = library.importString(SPEECH, "speech.txt");
        long id = s.id();
        String t = s.text();
        annotator.setParagraphTag(id, List.of(0), "leadership", true);
        annotator.setParagraphTag(id, List.of(1), "supervision", true);
        annotator.setParagraphTag(id, List.of(2), "enterprise", true);
        int gas = t.indexOf("瓦斯爆炸");
        annotator.addPassageNote(id, gas - 2, gas + 4, "第二半句上的批注", null);
        int duty = t.indexOf("落实企业");
        annotator.addPassageNote(id, duty, duty + 4, "前半句上的批注", null);
        int across = t.indexOf("主体责任。煤矿");
        annotator.addPassageNote(id, across, across + 9, "跨过分段处的批注", "2");
        int p1 = t.indexOf("一、");
        int p1End = t.indexOf('\n', p1);
        annotator.addParagraphNote(id, 1, p1, p1End, "第一段的段落批注", null);
        int p2 = t.indexOf("第二段");
        annotator.addParagraphNote(id, 2, p2, t.indexOf('\n', p2), "第二段的段落批注", null);
        annotator.addSpeechNote(id, "全文批注", null);
        annotator.togglePassageTag(id, gas, gas + 2, "enterprise");
        int fuel = t.indexOf("燃气安全");
        annotator.togglePassageTag(id, fuel, fuel + 4, "supervision");
        int second = t.indexOf("煤矿企业要严防");
        annotator.correct(id, CorrectionKind.DISMISS_OBLIGATION, second, t.indexOf("爆炸。") + 3, null);
        int first = t.indexOf("各地区要");
        annotator.correct(id, CorrectionKind.SET_ACTOR, first, second, "各地区");
        annotator.rejectLevel(id, 1, "leadership");
        return s;
    }

    @Test
    void aSplitKeepsEveryAnnotationOnItsTextAndSearchFindsBothHalves() throws Exception {
        Speech s = annotated();
        long id = s.id();
        Map<String, String> before = covered(id);
        int offset = s.text().indexOf("煤矿企业要严防") - s.text().indexOf("一、");

        ParagraphEditCommand done = annotator.splitParagraph(id, 1, offset);

        String text = text(id);
        assertThat(text.split("\n")).containsExactly("关于安全生产的讲话", "一、总体要求。各地区要严格落实企业安全生产主体责任。",
                "煤矿企业要严防瓦斯爆炸。", "第二段，加强燃气安全。", "第三段。");
        assertThat(library.find(id).orElseThrow().paragraphCount()).isEqualTo(5);
        Map<String, String> after = covered(id);
        before.put("note 跨过分段处的批注", "主体责任。\n煤矿企业");
        before.put("note 第一段的段落批注", "一、总体要求。各地区要严格落实企业安全生产主体责任。\n煤矿企业要严防瓦斯爆炸。");
        before.put("correction rejectLevel leadership", "一、总体要求。各地区要严格落实企业安全生产主体责任。");
        assertThat(after).isEqualTo(before);
        // a split paragraph's tags go to both halves; later paragraphs move down one
        assertThat(library.paragraphTagIds(id)).isEqualTo(Map.of(0, Set.of("leadership"), 1, Set.of("supervision"),
                2, Set.of("supervision"), 3, Set.of("enterprise")));
        assertThat(library.notes(id)).filteredOn(n -> n.scope() == NoteScope.PARAGRAPH)
                .extracting(Note::body, Note::paragraph)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("第一段的段落批注", 1),
                        org.assertj.core.groups.Tuple.tuple("第二段的段落批注", 3));
        // the rejected suggestion stays rejected on both halves
        assertThat(library.corrections(id)).filteredOn(k -> k.kind() == CorrectionKind.REJECT_LEVEL)
                .extracting(Correction::quote)
                .containsExactlyInAnyOrder("一、总体要求。各地区要严格落实企业安全生产主体责任。", "煤矿企业要严防瓦斯爆炸。");
        // search: each half is a paragraph of its own, notes are still found
        assertThat(paragraphsFound("主体责任")).containsExactly(1);
        assertThat(paragraphsFound("瓦斯")).containsExactly(2);
        assertThat(paragraphsFound("燃气")).containsExactly(3);
        assertThat(notesFound("跨过分段处")).hasSize(1);
        assertThat(done.description()).isEqualTo(Description.of("undo.desc.paragraphSplit", 2, "煤矿企业要严防瓦斯爆炸。"));
        // the engine reads the speech again for the search filters and the library
        String facts = library.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT (SELECT count(*) FROM search_analysed WHERE speech_id = " + id + "),"
                            + " (SELECT indexed_at IS NULL FROM speech WHERE id = " + id + ")")) {
                rs.next();
                return rs.getInt(1) + "," + rs.getBoolean(2);
            }
        });
        assertThat(facts).isEqualTo("0,true");
    }

    @Test
    void undoAndRedoOfASplitRestoreExactlyTheRowsThatWereThere() throws Exception {
        Speech s = annotated();
        long id = s.id();
        List<String> before = rows(id);
        int offset = s.text().indexOf("煤矿企业要严防") - s.text().indexOf("一、");
        annotator.splitParagraph(id, 1, offset);
        List<String> split = rows(id);
        assertThat(split).isNotEqualTo(before);

        assertThat(annotator.undo()).get().isInstanceOf(ParagraphEditCommand.class);
        assertThat(rows(id)).isEqualTo(before);
        assertThat(paragraphsFound("瓦斯")).containsExactly(1);

        assertThat(annotator.redo()).isPresent();
        assertThat(rows(id)).isEqualTo(split);
        assertThat(annotator.undo()).isPresent();
        assertThat(rows(id)).isEqualTo(before);
    }

    @Test
    void aJoinGivesTheUnionAndUndoSplitsAgainExactlyAcrossAReopen() throws Exception {
        // a PDF broke a sentence over two lines
        Speech s = library.importString("标题\n各地区要严格落实企业安全\n生产主体责任，煤矿企业要严防瓦斯爆炸。\n结尾。", "a.pdf");
        long id = s.id();
        String t = s.text();
        annotator.setParagraphTag(id, List.of(1), "leadership", true);
        annotator.setParagraphTag(id, List.of(1, 2), "supervision", true);
        annotator.setParagraphTag(id, List.of(3), "enterprise", true);
        int gas = t.indexOf("瓦斯");
        annotator.addPassageNote(id, gas, gas + 2, "瓦斯", null);
        int duty = t.indexOf("落实企业");
        annotator.addPassageNote(id, duty, duty + 4, "落实", null);
        annotator.addParagraphNote(id, 2, t.indexOf("生产主体"), t.indexOf("爆炸。") + 3, "第二行的段落批注", null);
        annotator.rejectLevel(id, 1, "enterprise");
        annotator.rejectLevel(id, 2, "enterprise");
        annotator.rejectLevel(id, 2, "leadership");
        annotator.togglePassageTag(id, t.indexOf("结尾"), t.indexOf("结尾") + 2, "leadership");
        Map<String, String> covered = covered(id);
        List<String> before = rows(id);
        assertThat(paragraphsFound("安全生产")).isEmpty(); // the break cut the phrase

        annotator.joinParagraphs(id, 1);

        assertThat(text(id).split("\n")).containsExactly("标题", "各地区要严格落实企业安全生产主体责任，煤矿企业要严防瓦斯爆炸。", "结尾。");
        assertThat(library.paragraphTagIds(id)).isEqualTo(Map.of(1, Set.of("leadership", "supervision"),
                2, Set.of("enterprise")));
        assertThat(paragraphsFound("安全生产")).containsExactly(1);
        Map<String, String> joined = covered(id);
        covered.remove("correction rejectLevel enterprise");
        covered.remove("correction rejectLevel leadership");
        assertThat(joined).containsAllEntriesOf(covered);
        assertThat(library.corrections(id)).extracting(Correction::value, Correction::quote).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("enterprise", "各地区要严格落实企业安全生产主体责任，煤矿企业要严防瓦斯爆炸。"),
                org.assertj.core.groups.Tuple.tuple("leadership", "各地区要严格落实企业安全生产主体责任，煤矿企业要严防瓦斯爆炸。"));
        assertThat(library.notes(id)).filteredOn(n -> n.scope() == NoteScope.PARAGRAPH).singleElement()
                .satisfies(n -> assertThat(n.paragraph()).isEqualTo(1));
        List<String> afterJoin = rows(id);

        library.close(); // the undo log is in the file: a restart undoes it too
        library = Library.open(dir.resolve("lib.db"));
        annotator = new Annotator(library, ZH);
        assertThat(annotator.nextUndo()).get().isEqualTo(Description.of("undo.desc.paragraphJoin", 2, 3));
        annotator.undo();
        assertThat(rows(id)).isEqualTo(before);
        annotator.redo();
        assertThat(rows(id)).isEqualTo(afterJoin);
        annotator.undo();
        assertThat(rows(id)).isEqualTo(before);
    }

    @Test
    void spacesAtTheCutGoWithItAndComeBackOnUndoAndLatinTextIsJoinedWithASpace() throws Exception {
        Speech s = library.importString("Title\nWork safety comes first.  Every firm must act.\n一、总体要求　各地区要落实。", "en.txt");
        long id = s.id();
        List<String> before = rows(id);
        annotator.splitParagraph(id, 1, "Work safety comes first. ".length()); // the caret between the two spaces
        assertThat(text(id).split("\n")).containsExactly("Title", "Work safety comes first.", "Every firm must act.",
                "一、总体要求　各地区要落实。");
        annotator.undo();
        assertThat(rows(id)).isEqualTo(before);

        annotator.splitParagraph(id, 2, "一、总体要求".length());
        assertThat(text(id).split("\n")).containsExactly("Title", "Work safety comes first.  Every firm must act.",
                "一、总体要求", "各地区要落实。");
        annotator.joinParagraphs(id, 2); // Chinese: no space
        assertThat(text(id).split("\n")[2]).isEqualTo("一、总体要求各地区要落实。");

        annotator.splitParagraph(id, 1, "Work safety comes first.".length());
        annotator.joinParagraphs(id, 1); // Latin: a space
        assertThat(text(id).split("\n")[1]).isEqualTo("Work safety comes first. Every firm must act.");
    }

    @Test
    void aSplitAtAParagraphsStartOrEndOrInsideACharacterIsRefusedAndChangesNothing() throws Exception {
        Speech s = library.importString("标题\n甲𠀀乙丙\n末段。", "a.txt");
        long id = s.id();
        List<String> before = rows(id);
        int length = "甲𠀀乙丙".length();
        for (int offset : new int[] {0, length, -1, length + 1}) {
            assertThatThrownBy(() -> annotator.splitParagraph(id, 1, offset)).isInstanceOf(AnnotationException.class)
                    .satisfies(e -> assertThat(((AnnotationException) e).key()).isEqualTo("annotate.error.splitEdge"))
                    .satisfies(e -> assertThat(((AnnotationException) e).localized(ZH)).contains("段首或段尾"));
        }
        assertThatThrownBy(() -> annotator.splitParagraph(id, 1, 2)) // between the halves of 𠀀
                .satisfies(e -> assertThat(((AnnotationException) e).key()).isEqualTo("annotate.error.splitInCharacter"));
        assertThatThrownBy(() -> annotator.joinParagraphs(id, 2))
                .satisfies(e -> assertThat(((AnnotationException) e).key()).isEqualTo("annotate.error.joinLast"));
        assertThatThrownBy(() -> annotator.splitParagraph(id, 3, 1))
                .satisfies(e -> assertThat(((AnnotationException) e).key()).isEqualTo("annotate.error.paragraph"));
        assertThat(rows(id)).isEqualTo(before);
        assertThat(annotator.nextUndo()).isEmpty();

        annotator.splitParagraph(id, 1, 1); // right before the pair
        assertThat(text(id).split("\n")).containsExactly("标题", "甲", "𠀀乙丙", "末段。");
        annotator.undo();
        annotator.splitParagraph(id, 1, 3); // right after it
        assertThat(text(id).split("\n")).containsExactly("标题", "甲𠀀", "乙丙", "末段。");
        assertThat(paragraphsFound("𠀀")).containsExactly(1);
    }

    @Test
    void anAnnotationOnlyOnTheSpacesTheCutDropsRefusesTheSplit() throws Exception {
        Speech s = library.importString("标题\n第一句。　　第二句。", "a.txt");
        long id = s.id();
        int space = s.text().indexOf('　');
        annotator.togglePassageTag(id, space, space + 2, "leadership");
        assertThatThrownBy(() -> annotator.splitParagraph(id, 1, 4))
                .satisfies(e -> assertThat(((AnnotationException) e).key()).isEqualTo("annotate.error.editOnSpaces"));
        assertThat(text(id)).isEqualTo(s.text());
    }

    @Test
    void aWholeSpeechOfOneBlockIsSplitSentenceBySentenceAndUndoneStepByStep() throws Exception {
        Speech s = library.importString("讲话。第一件事要做好。第二件事要做好。", "a.txt");
        long id = s.id();
        annotator.addPassageNote(id, s.text().indexOf("第二件"), s.text().length(), "最后一句", null);
        List<String> before = rows(id);
        annotator.splitParagraph(id, 0, 3);
        annotator.splitParagraph(id, 1, "第一件事要做好。".length());
        assertThat(text(id).split("\n")).containsExactly("讲话。", "第一件事要做好。", "第二件事要做好。");
        assertThat(library.notes(id)).singleElement().satisfies(n -> {
            assertThat(n.quote()).isEqualTo("第二件事要做好。");
            assertThat(text(id).substring(n.start(), n.end())).isEqualTo("第二件事要做好。");
        });
        annotator.undo();
        annotator.undo();
        assertThat(rows(id)).isEqualTo(before);
    }

    @Test
    void anyRunOfSplitsAndJoinsUndoesAndRedoesStepByStepToTheSameRows() throws Exception {
        java.util.Random random = new java.util.Random(18);
        String[] sentences = {"各地区要落实属地责任。", "煤矿企业要严防瓦斯爆炸，", "Work safety first. ", "　二是加强督查；",
                "燃气管道隐患要排查到位！", "（一）城镇燃气。", "企业要落实主体责任 "};
        StringBuilder text = new StringBuilder("标题");
        for (int p = 0; p < 6; p++) {
            text.append('\n');
            for (int k = 0; k < 2 + random.nextInt(3); k++) {
                text.append(sentences[random.nextInt(sentences.length)]);
            }
        }
        Speech s = library.importString(text.toString(), "random.txt");
        long id = s.id();
        String t = s.text();
        for (int k = 0; k < 12; k++) {
            int start = random.nextInt(t.length() - 1);
            int end = Math.min(t.length(), start + 1 + random.nextInt(30));
            try {
                switch (k % 4) {
                    case 0 -> annotator.addPassageNote(id, start, end, "批注" + k, null);
                    case 1 -> annotator.togglePassageTag(id, start, end, "enterprise");
                    case 2 -> annotator.correct(id, CorrectionKind.DISMISS_OBLIGATION, start, end, null);
                    default -> {
                        int p = random.nextInt(s.paragraphCount());
                        annotator.setParagraphTag(id, List.of(p), "supervision", true);
                        annotator.rejectLevel(id, p, "leadership");
                    }
                }
            } catch (AnnotationException e) {
                // a blank range: skipped
            }
        }
        List<List<String>> states = new ArrayList<>();
        states.add(rows(id));
        int refused = 0;
        for (int step = 0; step < 25; step++) {
            String now = text(id);
            int paragraphs = now.split("\n", -1).length;
            int p = random.nextInt(paragraphs);
            try {
                if (random.nextBoolean() && paragraphs < 30) {
                    annotator.splitParagraph(id, p, 1 + random.nextInt(Math.max(1, now.split("\n", -1)[p].length() - 1)));
                } else {
                    annotator.joinParagraphs(id, p);
                }
                states.add(rows(id));
            } catch (AnnotationException e) {
                refused++; // a cut at an edge, the last paragraph: nothing changed
                assertThat(rows(id)).isEqualTo(states.get(states.size() - 1));
            }
        }
        assertThat(states.size()).as("edits made (refused: " + refused + ")").isGreaterThan(10);
        for (int k = states.size() - 2; k >= 0; k--) {
            annotator.undo();
            assertThat(rows(id)).as("after undoing back to state " + k).isEqualTo(states.get(k));
        }
        for (int k = 1; k < states.size(); k++) {
            annotator.redo();
            assertThat(rows(id)).as("after redoing to state " + k).isEqualTo(states.get(k));
        }
    }
}
