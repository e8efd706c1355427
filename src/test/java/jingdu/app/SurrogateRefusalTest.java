package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jingdu.analysis.Analyzer;
import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.AnnotationImport;
import jingdu.app.annotate.Annotator;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.app.export.Exports;
import jingdu.i18n.I18n;
import jingdu.io.AnnotationsJson;
import jingdu.model.ExportFilter;
import jingdu.io.ImportException;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;
import jingdu.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite stores UTF-8, where half of an emoji (a surrogate pair in Java's strings) becomes '?': a note cut
 * there was acknowledged, stored broken, and then its own library's JSON export was refused on import.
 * Every door now refuses such offsets and such text, with a message.
 */
class SurrogateRefusalTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final I18n EN = new I18n(Locale.ENGLISH);
    /** 😀 is [4, 6) and 𠀀 [8, 10): offsets 5 and 9 fall inside them. */
    private static final String TEXT = "安全生产😀企业𠀀要落实\n同志们：";

    @TempDir
    Path dir;

    @Test
    void everyDoorRefusesOffsetsThatCutACharacterInHalf() throws Exception {
        assertThat(TEXT.substring(4, 6)).isEqualTo("😀");
        assertThat(TEXT.substring(8, 10)).isEqualTo("𠀀");
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = library.importString(TEXT, "a.txt");
            Annotator annotator = new Annotator(library, ZH);
            int[][] cuts = {{0, 5}, {5, 8}, {5, 9}, {0, 9}, {9, 11}};
            for (int[] r : cuts) {
                assertRefused(() -> library.addNote(s.id(), r[0], r[1], "批注"), "annotate.error.splitsCharacter");
                assertRefused(() -> annotator.addPassageNote(s.id(), r[0], r[1], "批注", null), "annotate.error.splitsCharacter");
                assertRefused(() -> annotator.togglePassageTag(s.id(), r[0], r[1], Level.ENTERPRISE.id()),
                        "annotate.error.splitsCharacter");
                assertRefused(() -> annotator.addParagraphNote(s.id(), 0, r[0], r[1], "批注", null),
                        "annotate.error.splitsCharacter");
            }
            assertThat(library.notes().forSpeech(s.id())).isEmpty();
            assertThat(library.tagSet().passageTags(s.id())).isEmpty();

            // whole characters are fine, and stored exactly
            Note whole = library.addNote(s.id(), 4, 10, "表情和生僻字🚧");
            assertThat(library.notes().forSpeech(s.id())).singleElement().satisfies(n -> {
                assertThat(n.quote()).isEqualTo("😀企业𠀀").isEqualTo(whole.quote());
                assertThat(n.body()).isEqualTo("表情和生僻字🚧");
            });
            assertThat(ZH.get("annotate.error.splitsCharacter", "0", "5")).contains("0–5").doesNotContain("annotate.");
            assertThat(EN.get("annotate.error.splitsCharacter", "0", "5")).contains("0–5", "half");
        }
    }

    @Test
    void aLoneSurrogateInANoteBodyIsRefusedWithAMessage() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = library.importString(TEXT, "a.txt");
            Annotator annotator = new Annotator(library, ZH);
            for (String body : List.of("好\uD83D", "\uDE00开头", "中\uDE00\uD83D间")) {
                assertRefused(() -> library.addNote(s.id(), 0, 2, body), "annotate.error.brokenCharacter");
                assertRefused(() -> annotator.addPassageNote(s.id(), 0, 2, body, null), "annotate.error.brokenCharacter");
                assertRefused(() -> annotator.addSpeechNote(s.id(), body, null), "annotate.error.brokenCharacter");
            }
            Note note = annotator.addPassageNote(s.id(), 0, 2, "原文", null);
            assertRefused(() -> annotator.editNote(note, "改\uD83D", null), "annotate.error.brokenCharacter");
            assertThat(library.notes().forSpeech(s.id())).singleElement()
                    .satisfies(n -> assertThat(n.body()).isEqualTo("原文"));
            assertThat(EN.get("annotate.error.brokenCharacter")).contains("surrogate");
        }
    }

    @Test
    void theStoreRefusesTextThatUtf8CannotKeep() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = library.importString(TEXT, "a.txt");
            assertThatThrownBy(() -> library.notes().add(s.id(), 0, 5, TEXT.substring(0, 5), "批注"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("surrogate");
            Note ok = library.notes().add(s.id(), 0, 2, "安全", "批注");
            assertThatThrownBy(() -> library.notes().updateBody(ok.id(), "\uD83D"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("surrogate");
            assertThatThrownBy(() -> library.speeches().insert("标题\uD83D", "b.txt", "正文", 1))
                    .isInstanceOf(StoreException.class).hasMessageContaining("surrogate");
            assertThat(library.notes().forSpeech(s.id())).singleElement()
                    .satisfies(n -> assertThat(n.body()).isEqualTo("批注"));
            assertThat(library.list()).hasSize(1);
        }
    }

    @Test
    void pastedTextWithABrokenCharacterIsRefused() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            assertThatThrownBy(() -> library.importString("安全生产\uD83D讲话", "剪贴板"))
                    .isInstanceOfSatisfying(ImportException.class,
                            e -> assertThat(e.key()).isEqualTo("import.error.brokenCharacter"));
            assertThat(library.list()).isEmpty();
        }
    }

    @Test
    void anAnnotationsFileWithABrokenCharacterIsRefusedAndSaysWhere() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = library.importString(TEXT, "a.txt");
            String sha = AnnotationsJson.sha256(s.text());
            String head = "{\"format\":\"jingdu-annotations\",\"version\":1,\"speeches\":[{\"title\":\"t\",\"sha256\":\"" + sha + "\",";
            String[][] cases = {
                {head + "\"notes\":[{\"start\":0,\"end\":2,\"quote\":\"安全\",\"body\":\"好\\ud83d\"}]}]}", "speeches[0].notes[0].body"},
                {head + "\"notes\":[{\"start\":0,\"end\":5,\"quote\":\"安全生产\\ud83d\",\"body\":\"x\"}]}]}", "speeches[0].notes[0].quote"},
                {"{\"format\":\"jingdu-annotations\",\"version\":1,\"speeches\":[{\"title\":\"t\\udc00\",\"sha256\":\"" + sha + "\"}]}",
                    "speeches[0].title"},
            };
            for (String[] c : cases) {
                Path f = Files.writeString(dir.resolve("bad.json"), c[0], StandardCharsets.UTF_8);
                assertThatThrownBy(() -> new AnnotationImport(library).importFile(f))
                        .isInstanceOfSatisfying(ImportException.class, e -> {
                            assertThat(e.key()).isEqualTo("export.import.error.brokenCharacter");
                            assertThat(e.localized(ZH)).contains(c[1]);
                        });
            }
            assertThat(library.notes().forSpeech(s.id())).isEmpty();
            assertThat(library.list()).hasSize(1);
        }
    }

    @Test
    void aNoteStoredBrokenByAnEarlierVersionNoLongerBlocksSharing() throws Exception {
        Path json = dir.resolve("share.json");
        try (Library library = Library.open(dir.resolve("old.db"))) {
            Speech s = library.importString(TEXT, "a.txt");
            library.addNote(s.id(), 0, 2, "完好的批注");
            // what earlier versions stored for a note on [0, 5): the half emoji as '?'
            library.database().inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO note(speech_id, start_offset, end_offset, quote,"
                        + " body, created_at, updated_at) VALUES (?, 0, 5, '安全生产?', '旧批注', ?, ?)")) {
                    ps.setLong(1, s.id());
                    ps.setString(2, Instant.EPOCH.toString());
                    ps.setString(3, Instant.EPOCH.toString());
                    return ps.executeUpdate();
                }
            });
            new Exports(library, new Analyzer(), ZH).write(
                    new ExportRequest(ExportFormat.JSON, List.of(), ExportFilter.NONE, true), json, true);
        }
        try (Library colleague = Library.open(dir.resolve("new.db"))) {
            AnnotationImport.Result r = new AnnotationImport(colleague).importFile(json);
            assertThat(r.notesAdded()).isEqualTo(2);
            long id = colleague.list().get(0).id();
            assertThat(colleague.notes().forSpeech(id)).extracting(Note::quote).containsExactly("安全", "安全生产😀");
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AnnotationException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(ZH.has(key)).as(key).isTrue();
        });
    }
}
