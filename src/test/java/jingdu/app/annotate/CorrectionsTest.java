package jingdu.app.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.model.ExportFilter;
import jingdu.i18n.I18n;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.Obligation;
import jingdu.model.Speech;

/** Corrections through the one annotation door, in a real library file: stored, undoable, checked, exported. */
class CorrectionsTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final String TEXT = "关于做好汛期安全工作的讲话\n各乡镇要在6月底前完成水库隐患排查。\n企业要落实主体责任，及时消除隐患。";

    @TempDir
    Path dir;

    private Services open() {
        Path db = dir.resolve("lib.db");
        return new Services(Library.open(db), new AnalysisService(Analyzer::new));
    }

    @Test
    void aCorrectionIsStoredUndoneRedoneAndReplacedByANewerOne() throws Exception {
        try (Services s = open()) {
            Speech sp = s.library().importString(TEXT, "a.txt");
            Annotator a = s.annotator(ZH);
            int start = TEXT.indexOf("各乡镇");
            int end = TEXT.indexOf("。", start) + 1;
            Correction first = a.correct(sp.id(), CorrectionKind.SET_ACTOR, start, end, "各乡镇党委政府");
            assertThat(first.quote()).isEqualTo(TEXT.substring(start, end));
            a.correct(sp.id(), CorrectionKind.SET_ACTOR, start, end, "各乡镇");
            assertThat(a.corrections(sp.id())).extracting(Correction::value).containsExactly("各乡镇");
            a.undo();
            assertThat(a.corrections(sp.id())).extracting(Correction::value).containsExactly("各乡镇党委政府");
            a.undo();
            assertThat(a.corrections(sp.id())).isEmpty();
            a.redo();
            assertThat(a.corrections(sp.id())).extracting(Correction::id).containsExactly(first.id());
        }
        try (Services s = open()) { // the undo history and the corrections are in the file
            Annotator a = s.annotator(ZH);
            assertThat(a.corrections(1)).hasSize(1);
            assertThat(a.nextRedo()).isPresent();
            a.removeCorrection(a.corrections(1).get(0));
            assertThat(a.corrections(1)).isEmpty();
            a.undo();
            assertThat(a.corrections(1)).hasSize(1);
        }
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() throws Exception {
        try (Services s = open()) {
            Speech sp = s.library().importString(TEXT, "a.txt");
            Annotator a = s.annotator(ZH);
            int n = TEXT.length();
            assertThatThrownBy(() -> a.correct(sp.id(), CorrectionKind.DISMISS_OBLIGATION, 5, n + 3, null))
                    .isInstanceOf(AnnotationException.class).hasMessageContaining("annotate.error.range");
            assertThatThrownBy(() -> a.correct(sp.id(), CorrectionKind.SET_SECTOR, 0, 2, "mining"))
                    .isInstanceOf(AnnotationException.class)
                    .satisfies(e -> assertThat(((AnnotationException) e).localized(ZH)).contains("未知的行业“mining”"));
            assertThatThrownBy(() -> a.correct(sp.id(), CorrectionKind.SET_ACTOR, 0, 2, "  "))
                    .isInstanceOf(AnnotationException.class)
                    .satisfies(e -> assertThat(((AnnotationException) e).localized(ZH)).contains("责任主体不能为空"));
            assertThatThrownBy(() -> a.correct(sp.id(), CorrectionKind.SET_STRENGTH, 0, 2, "very"))
                    .isInstanceOf(AnnotationException.class);
            assertThatThrownBy(() -> a.rejectLevel(sp.id(), 9, "enterprise")).isInstanceOf(AnnotationException.class);
            assertThatThrownBy(() -> a.correct(99, CorrectionKind.DISMISS_OBLIGATION, 0, 2, null))
                    .isInstanceOf(AnnotationException.class);
            assertThat(a.corrections(sp.id())).isEmpty();
            assertThat(a.nextUndo()).isEmpty();
        }
    }

    @Test
    void everyExportUsesTheCorrectedView() throws Exception {
        try (Services s = open()) {
            Speech sp = s.library().importString(TEXT, "a.txt");
            Annotator a = s.annotator(ZH);
            Analyzer engine = new Analyzer();
            List<Obligation> before = engine.analyze(sp.text()).obligations();
            Obligation towns = before.stream().filter(o -> sp.text().substring(o.start(), o.end()).contains("各乡镇"))
                    .findFirst().orElseThrow();
            Obligation firms = before.stream().filter(o -> sp.text().substring(o.start(), o.end()).contains("企业"))
                    .findFirst().orElseThrow();
            a.correct(sp.id(), CorrectionKind.DISMISS_OBLIGATION, firms.start(), firms.end(), null);
            a.correct(sp.id(), CorrectionKind.SET_ACTOR, towns.start(), towns.end(), "各乡镇人民政府");
            Path csv = dir.resolve("ledger.csv");
            s.exports(engine, ZH).write(new ExportRequest(ExportFormat.CSV, List.of(sp.id()), ExportFilter.NONE, false), csv, false);
            String ledger = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(ledger).contains("各乡镇人民政府").doesNotContain("落实主体责任");
            assertThat(s.corrected(sp.id(), engine).orElseThrow().analysis().obligations()).hasSize(before.size() - 1);
        }
    }

    @Test
    void correctionsSurviveANewLexiconAndOneWithNothingLeftToCorrectIsListed() throws Exception {
        try (Services s = open()) {
            Speech sp = s.library().importString(TEXT, "a.txt");
            Annotator a = s.annotator(ZH);
            int start = TEXT.indexOf("各乡镇");
            int end = TEXT.indexOf("。", start) + 1;
            a.correct(sp.id(), CorrectionKind.SET_DEADLINE, start, end, "6月底前");
            int title = TEXT.indexOf("关于");
            a.correct(sp.id(), CorrectionKind.SET_ACTOR, title, title + 4, "我们"); // the title is no task
            Path lexicon = dir.resolve("lexicon.tsv");
            Files.writeString(lexicon, "汛期安全\tnatural_disaster\n", StandardCharsets.UTF_8);
            CorrectedView v = s.corrected(sp.id(), Analyzer.withUserLexicon(lexicon)).orElseThrow();
            assertThat(v.applied()).extracting(Correction::kind).containsExactly(CorrectionKind.SET_DEADLINE);
            assertThat(v.needingLook()).extracting(Correction::kind).containsExactly(CorrectionKind.SET_ACTOR);
            assertThat(a.corrections(sp.id())).hasSize(2); // kept, never dropped
        }
    }
}
