package jingdu.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.i18n.I18n;
import jingdu.io.AnnotationsJson;
import jingdu.io.ImportException;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.ExportFilter;
import jingdu.model.Level;
import jingdu.model.Speech;

/** Corrections of the engine travel in the annotations JSON (version 2): merged, never overwritten, undone whole. */
class AnnotationCorrectionsTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final String TEXT = "关于做好汛期安全工作的讲话\n各乡镇要在6月底前完成水库隐患排查。\n企业要落实主体责任，及时消除隐患。";
    private static final Analyzer ENGINE = new Analyzer();

    @TempDir
    Path dir;

    private Services open(String name) {
        return new Services(Library.open(dir.resolve(name + ".db")), new AnalysisService(Analyzer::new));
    }

    private Path exportJson(Services from, String name) throws Exception {
        Path file = dir.resolve(name + ".json");
        from.exports(ENGINE, ZH).write(new ExportRequest(ExportFormat.JSON, List.of(), ExportFilter.NONE, true), file, false);
        return file;
    }

    private static int at(String quote) {
        return TEXT.indexOf(quote);
    }

    private static int sentenceEnd(int start) {
        return TEXT.indexOf("。", start) + 1;
    }

    /** Kind, span, quote, value and time: everything but the library's own ids. */
    private static List<List<Object>> decisions(List<Correction> cs) {
        return cs.stream().map(k -> List.<Object>of(k.kind(), k.start(), k.end(), k.quote(), String.valueOf(k.value()),
                k.createdAt())).toList();
    }

    @Test
    void correctionsGoThroughExportAndImportIntoAFreshLibraryUnchanged() throws Exception {
        Path json;
        List<Correction> alices;
        try (Services alice = open("alice")) {
            Speech sp = alice.library().importString(TEXT, "a.txt");
            Annotator a = alice.annotator(ZH);
            int towns = at("各乡镇");
            int firms = at("企业");
            a.correct(sp.id(), CorrectionKind.SET_ACTOR, towns, sentenceEnd(towns), "各乡镇人民政府");
            a.correct(sp.id(), CorrectionKind.SET_DEADLINE, towns, sentenceEnd(towns), null); // "none" travels too
            a.correct(sp.id(), CorrectionKind.DISMISS_OBLIGATION, firms, sentenceEnd(firms), null);
            a.correct(sp.id(), CorrectionKind.SET_SECTOR, at("水库"), at("水库") + 2, "natural_disaster");
            a.rejectLevel(sp.id(), 2, "enterprise");
            alices = a.corrections(sp.id());
            json = exportJson(alice, "alice");
        }
        String written = Files.readString(json, StandardCharsets.UTF_8);
        assertThat(written).contains("\"version\": 2", "\"kind\": \"actor\"", "\"value\": \"各乡镇人民政府\"",
                "\"kind\": \"rejectLevel\"", "\"createdAt\"");

        try (Services bob = open("bob")) {
            AnnotationImport.Result r = bob.annotationImport().importFile(json);
            assertThat(r.speechesAdded()).isEqualTo(1);
            assertThat(r.correctionsAdded()).isEqualTo(5);
            assertThat(r.conflicts()).isEmpty();
            assertThat(r.skippedCorrections()).isEmpty();
            long id = bob.library().list().get(0).id();
            assertThat(decisions(bob.library().corrections(id))).containsExactlyInAnyOrderElementsOf(decisions(alices));

            // the same file again: every decision is already here, nothing doubles and nothing conflicts
            AnnotationImport.Result again = bob.annotationImport().importFile(json);
            assertThat(again).isEqualTo(new AnnotationImport.Result(1, 0, 0, 0, 0));
            assertThat(bob.library().corrections(id)).hasSize(5);

            // and Bob's export says the same as Alice's
            assertThat(Files.readString(exportJson(bob, "bob"), StandardCharsets.UTF_8)).isEqualTo(written);
        }
    }

    @Test
    void aVersionOneFileStillImportsAndItsCorrectionsMemberIsIgnored() throws Exception {
        try (Services bob = open("bob")) {
            Speech sp = bob.library().importString(TEXT, "a.txt");
            int q = at("主体责任");
            String v1 = "{\"format\":\"jingdu-annotations\",\"version\":1,\"speeches\":[{\"title\":\"t\",\"sha256\":\""
                    + AnnotationsJson.sha256(sp.text()) + "\",\"tags\":[{\"paragraph\":2,\"level\":\"enterprise\"}],"
                    + "\"notes\":[{\"start\":" + q + ",\"end\":" + (q + 4) + ",\"quote\":\"主体责任\",\"body\":\"好\","
                    + "\"created\":\"2024-03-06T08:00:00Z\"}],"
                    + "\"corrections\":[{\"kind\":\"nonsense\"}]}]}";
            Path f = Files.writeString(dir.resolve("v1.json"), v1, StandardCharsets.UTF_8);
            assertThat(bob.annotationImport().importFile(f)).isEqualTo(new AnnotationImport.Result(1, 0, 0, 1, 1));
            assertThat(bob.library().tags().forSpeech(sp.id())).containsEntry(2, Set.of(Level.ENTERPRISE));
            assertThat(bob.library().corrections(sp.id())).isEmpty();
        }
    }

    @Test
    void aConflictingCorrectionIsListedAndNotAppliedWhileTheRestMerges() throws Exception {
        int towns = at("各乡镇");
        int firms = at("企业");
        Path json;
        try (Services alice = open("alice")) {
            Speech sp = alice.library().importString(TEXT, "a.txt");
            Annotator a = alice.annotator(ZH);
            a.correct(sp.id(), CorrectionKind.SET_ACTOR, towns, sentenceEnd(towns), "县应急管理局");
            a.correct(sp.id(), CorrectionKind.SET_STRENGTH, firms, sentenceEnd(firms), "mandatory");
            a.correct(sp.id(), CorrectionKind.SET_DEADLINE, towns, sentenceEnd(towns), "6月30日前");
            json = exportJson(alice, "alice");
        }
        try (Services bob = open("bob")) {
            Speech sp = bob.library().importString(TEXT, "b.txt");
            Annotator b = bob.annotator(ZH);
            b.correct(sp.id(), CorrectionKind.SET_ACTOR, towns, sentenceEnd(towns), "各乡镇人民政府");
            b.correct(sp.id(), CorrectionKind.DISMISS_OBLIGATION, firms, sentenceEnd(firms), null);

            AnnotationImport.Result r = bob.annotationImport().importFile(json);
            assertThat(r.correctionsAdded()).isEqualTo(1); // the deadline: a question Bob had not decided
            assertThat(r.conflicts()).extracting(c -> c.ours().value(), c -> c.theirs().value())
                    .containsExactly(tuple("各乡镇人民政府", "县应急管理局"), tuple(null, "mandatory"));
            assertThat(b.corrections(sp.id())).extracting(Correction::kind, Correction::value).containsExactlyInAnyOrder(
                    tuple(CorrectionKind.SET_ACTOR, "各乡镇人民政府"), tuple(CorrectionKind.DISMISS_OBLIGATION, null),
                    tuple(CorrectionKind.SET_DEADLINE, "6月30日前"));

            List<String> lines = new AnnotationImportReport(ZH, bob.sectors()).lines(r);
            assertThat(lines).hasSize(3);
            assertThat(lines.get(1)).startsWith("修正冲突，未采用：").contains("责任主体为“各乡镇人民政府”", "责任主体为“县应急管理局”");
            assertThat(lines.get(2)).contains("不是工作要求", "强度为必须");
        }
    }

    @Test
    void oneUndoTakesTheWholeImportBackCorrectionsIncludedAndRedoBringsItAgain() throws Exception {
        Path json;
        try (Services alice = open("alice")) {
            Speech sp = alice.library().importString(TEXT, "a.txt");
            alice.library().tags().set(sp.id(), List.of(1), Level.LEADERSHIP, true);
            int q = at("主体责任");
            alice.library().notes().add(sp.id(), q, q + 4, "主体责任", "看这里");
            Annotator a = alice.annotator(ZH);
            a.correct(sp.id(), CorrectionKind.SET_ACTOR, at("各乡镇"), sentenceEnd(at("各乡镇")), "各乡镇人民政府");
            a.rejectLevel(sp.id(), 2, "enterprise");
            json = exportJson(alice, "alice");
        }
        try (Services bob = open("bob")) {
            Speech sp = bob.library().importString(TEXT, "b.txt");
            Annotator b = bob.annotator(ZH);
            b.correct(sp.id(), CorrectionKind.DISMISS_SECTOR, at("水库"), at("水库") + 2, null); // Bob's own stays
            AnnotationImport.Result r = bob.annotationImport().importFile(json);
            assertThat(r).extracting(AnnotationImport.Result::tagsAdded, AnnotationImport.Result::notesAdded,
                    AnnotationImport.Result::correctionsAdded).containsExactly(1, 1, 2);
            assertThat(b.corrections(sp.id())).hasSize(3);
            assertThat(b.nextUndo().orElseThrow().key()).isEqualTo("undo.desc.import");

            b.undo();
            assertThat(b.corrections(sp.id())).extracting(Correction::kind).containsExactly(CorrectionKind.DISMISS_SECTOR);
            assertThat(bob.library().tags().forSpeech(sp.id())).isEmpty();
            assertThat(bob.library().notes().forSpeech(sp.id())).isEmpty();

            b.redo();
            assertThat(b.corrections(sp.id())).hasSize(3);
            assertThat(bob.library().tags().forSpeech(sp.id())).containsEntry(1, Set.of(Level.LEADERSHIP));
        }
    }

    @Test
    void aCorrectionOffItsSpanMovesToItsQuoteAndOneWithoutItIsListedAsSkipped() throws Exception {
        try (Services bob = open("bob")) {
            Speech sp = bob.library().importString(TEXT, "a.txt");
            int reservoir = at("水库隐患");
            String json = file(sp.text(),
                    correction("dismissSector", 0, 4, "水库隐患", null), // wrong offsets: the quote is found further on
                    correction("actor", 3, 7, "不在文中", "某人"),     // the quote is nowhere: left out, listed
                    correction("sector", 3, 5, "汛期", "no_such_sector"), // unknown here: left out, listed
                    correction("deadline", 99_999, 100_003, "隐患排查", "月底")); // offsets past the end, found
            Path f = Files.writeString(dir.resolve("moved.json"), json, StandardCharsets.UTF_8);
            AnnotationImport.Result r = bob.annotationImport().importFile(f);
            assertThat(r.correctionsAdded()).isEqualTo(2);
            assertThat(bob.library().corrections(sp.id())).extracting(Correction::kind, Correction::start)
                    .containsExactlyInAnyOrder(tuple(CorrectionKind.DISMISS_SECTOR, reservoir),
                            tuple(CorrectionKind.SET_DEADLINE, at("隐患排查")));
            assertThat(r.skippedCorrections()).extracting(AnnotationImport.SkippedCorrection::reason)
                    .containsExactly(AnnotationImport.NOT_FOUND, AnnotationImport.UNKNOWN_SECTOR);
            List<String> lines = new AnnotationImportReport(ZH, bob.sectors()).lines(r);
            assertThat(lines.get(1)).contains("找不到“不在文中”");
            assertThat(lines.get(2)).contains("no_such_sector", "本库没有这个行业");
        }
    }

    @Test
    void malformedCorrectionsRefuseTheWholeFileAndChangeNothing() throws Exception {
        try (Services bob = open("bob")) {
            Speech sp = bob.library().importString(TEXT, "a.txt");
            String text = sp.text();
            String good = correction("actor", 0, 2, text.substring(0, 2), "某人");
            String[][] cases = {
                {correction("noSuchKind", 0, 2, text.substring(0, 2), null), "speeches[0].corrections[1].kind"},
                {correction("actor", -1, 1, "关于", "某人"), "speeches[0].corrections[1].start"},
                {correction("actor", 2, 2, "", "某人"), "speeches[0].corrections[1].end"},
                {correction("actor", 0, 2, "关于做", "某人"), "speeches[0].corrections[1].quote"},
                {correction("actor", 0, 2, "关于", "长".repeat(201)), "speeches[0].corrections[1].value"},
                {correction("actor", 0, 2, "关于", "  "), "speeches[0].corrections[1].value"},
                {correction("actor", 0, 2, "关于", "换\n行"), "speeches[0].corrections[1].value"},
                {correction("strength", 0, 2, "关于", "very"), "speeches[0].corrections[1].value"},
                {correction("addObligation", 0, 2, "关于", null), "speeches[0].corrections[1].value"},
                {correction("rejectLevel", 0, 2, "关于", "nobody"), "speeches[0].corrections[1].value"},
                {correction("dismissObligation", 0, 2, "关于", "what"), "speeches[0].corrections[1].value"},
                {"{\"kind\":\"actor\",\"start\":\"0\",\"end\":2,\"quote\":\"关于\",\"value\":\"某人\"}", "speeches[0].corrections[1].start"},
                {"{\"kind\":\"actor\",\"start\":0,\"end\":2,\"quote\":\"关于\",\"value\":5}", "speeches[0].corrections[1].value"},
                {"{\"kind\":[],\"start\":0,\"end\":2,\"quote\":\"关于\"}", "speeches[0].corrections[1].kind"},
                {"{\"kind\":\"actor\",\"start\":0,\"end\":1e12,\"quote\":\"关于\"}", "speeches[0].corrections[1].end"},
                {"{\"kind\":\"actor\",\"start\":0,\"end\":2,\"quote\":\"关于\",\"createdAt\":\"yesterday\"}",
                    "speeches[0].corrections[1].createdAt"},
                {"\"actor\"", "speeches[0].corrections[1]"},
            };
            for (String[] c : cases) {
                Path f = Files.writeString(dir.resolve("bad.json"), file(text, good, c[0]), StandardCharsets.UTF_8);
                assertThatThrownBy(() -> bob.annotationImport().importFile(f)).as(c[0])
                        .isInstanceOfSatisfying(ImportException.class, e -> {
                            assertThat(e.key()).isEqualTo("export.import.error.invalid");
                            assertThat(e.localized(ZH)).contains(c[1]);
                        });
            }
            String huge = "{\"kind\":\"actor\",\"start\":0,\"end\":2,\"quote\":\"" + "长".repeat(200_000) + "\"}";
            Path f = Files.writeString(dir.resolve("huge.json"), file(text, good, huge), StandardCharsets.UTF_8);
            assertThatThrownBy(() -> bob.annotationImport().importFile(f)).isInstanceOf(ImportException.class);
            Path notAList = Files.writeString(dir.resolve("obj.json"), "{\"format\":\"jingdu-annotations\",\"version\":2,"
                    + "\"speeches\":[{\"title\":\"t\",\"sha256\":\"" + AnnotationsJson.sha256(text) + "\",\"corrections\":{}}]}",
                    StandardCharsets.UTF_8);
            assertThatThrownBy(() -> bob.annotationImport().importFile(notAList)).isInstanceOf(ImportException.class);
            Path newer = Files.writeString(dir.resolve("v3.json"), "{\"format\":\"jingdu-annotations\",\"version\":3,"
                    + "\"speeches\":[]}", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> bob.annotationImport().importFile(newer))
                    .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.localized(ZH)).contains("版本为 3", "1 至 2"));

            assertThat(bob.library().corrections(sp.id())).isEmpty(); // the good one did not slip in either
            assertThat(bob.annotator(ZH).nextUndo()).isEmpty();
        }
    }

    private static String file(String text, String... corrections) {
        return "{\"format\":\"jingdu-annotations\",\"version\":2,\"speeches\":[{\"title\":\"t\",\"sha256\":\""
                + AnnotationsJson.sha256(text) + "\",\"corrections\":[" + String.join(",", corrections) + "]}]}";
    }

    private static String correction(String kind, int start, int end, String quote, String value) {
        return "{\"kind\":\"" + kind + "\",\"start\":" + start + ",\"end\":" + end + ",\"quote\":\"" + quote.replace("\n", "\\n")
                + "\"" + (value == null ? "" : ",\"value\":\"" + value.replace("\n", "\\n") + "\"")
                + ",\"createdAt\":\"2024-03-06T08:00:00Z\"}";
    }
}
