package jingdu.app.undo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.app.Library;
import jingdu.app.annotate.Annotator;
import jingdu.i18n.I18n;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.ParagraphTag;
import jingdu.model.Speech;
import jingdu.store.AnnotationStore;

/** The import's undo step carries corrections now; one logged by the version before still undoes and redoes. */
class AnnotationsImportLogTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    @Test
    void anImportLoggedWithoutCorrectionsStillUndoesAndRedoes() throws Exception {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            Speech sp = lib.importString("标题\n第一段，加强燃气安全。\n第二段，落实企业主体责任。", "a.txt");
            // exactly what the previous version wrote for an import that added one tag
            String old = "{\"type\":\"annotationsImport\",\"command\":{\"source\":\"alice.json\",\"tags\":[{\"speechId\":"
                    + sp.id() + ",\"paragraph\":2,\"tagId\":\"enterprise\",\"createdAt\":\"2024-03-06T08:00:00Z\"}],"
                    + "\"notes\":[]}}";
            Command decoded = CommandCodec.decode(old);
            assertThat(decoded).isInstanceOfSatisfying(AnnotationsImportCommand.class,
                    c -> assertThat(c.corrections()).isEmpty());

            new AnnotationStore(lib.database()).write(tx -> {
                tx.insertParagraphTag(new ParagraphTag(sp.id(), 2, "enterprise", "2024-03-06T08:00:00Z"));
                tx.pushUndo(old, UndoHistory.CAP);
                return null;
            });
            Annotator a = new Annotator(lib, ZH);
            assertThat(a.nextUndo()).get().extracting(Description::key).isEqualTo("undo.desc.import");
            assertThat(a.undo()).isPresent();
            assertThat(lib.tags().idsForSpeech(sp.id())).isEmpty();
            assertThat(a.redo()).isPresent();
            assertThat(lib.tags().idsForSpeech(sp.id())).isEqualTo(Map.of(2, Set.of("enterprise")));
        }
    }

    @Test
    void theCorrectionsOfAnImportAreLoggedWithTheirIds() throws Exception {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            Speech sp = lib.importString("标题\n第一段，加强燃气安全。", "a.txt");
            Correction k = new Correction(0, sp.id(), CorrectionKind.DISMISS_SECTOR, 7, 9, "燃气", null,
                    Instant.parse("2024-03-06T08:00:00Z"));
            Command done = new UndoHistory(lib.database()).execute(
                    new AnnotationsImportCommand("alice.json", List.of(), List.of(), List.of(k)));
            Command back = CommandCodec.decode(CommandCodec.encode(done));
            assertThat(back).isEqualTo(done);
            assertThat(((AnnotationsImportCommand) back).corrections()).singleElement()
                    .satisfies(c -> assertThat(c.id()).isPositive());
            assertThat(lib.corrections(sp.id())).hasSize(1);
        }
    }
}
