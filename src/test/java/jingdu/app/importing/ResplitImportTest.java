package jingdu.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.app.Library;
import jingdu.app.SpeechDraft;
import jingdu.i18n.I18n;
import jingdu.model.Speech;
import jingdu.text.TextLayout;

/** A speech that lost its paragraph breaks gets them back on import, whatever its format, and the summary says so. */
class ResplitImportTest {

    static final List<String> PARAGRAPHS = List.of(
            "同志们：今天召开全镇安全生产工作会议，主要任务是总结上半年工作，部署下半年重点任务。",
            "一、认清当前形势。上半年全镇安全生产形势总体平稳，但道路交通和自建房领域隐患仍然不少，个别企业主体责任落实不到位。",
            "二、突出工作重点。各村要对经营性自建房开展拉网式排查，发现一处登记一处，能整改的立即整改，不能整改的要落实管控措施。",
            "（一）加强道路交通管理。交警中队要会同交通站加大对农村道路的巡查力度，严查超员超载、无证驾驶等违法行为。",
            "三、压实工作责任。各村各部门主要负责同志要亲自抓、负总责，对工作不力造成事故的，严肃追究相关人员责任。");

    @TempDir
    Path dir;

    @Test
    void aOneLineTextFileIsResplitAndTheSummaryTellsWhich() throws Exception {
        Path lost = Files.writeString(dir.resolve("lost.txt"), String.join("", PARAGRAPHS), StandardCharsets.UTF_8);
        Path kept = Files.writeString(dir.resolve("kept.txt"), "关于防汛工作的讲话\n" + String.join("\n", PARAGRAPHS).replace("同志们：今天", "同志们：本周"),
                StandardCharsets.UTF_8);
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new BatchImport(library).run(List.of(lost, kept));
            assertThat(s.imported()).extracting(Speech::sourceName).containsExactly("lost.txt", "kept.txt");
            assertThat(s.imported().get(0).paragraphCount()).isEqualTo(PARAGRAPHS.size());
            assertThat(s.imported().get(0).text()).isEqualTo(String.join("\n", PARAGRAPHS));
            assertThat(s.notices()).singleElement().satisfies(n -> {
                assertThat(n.file()).isEqualTo(lost);
                assertThat(n.key()).isEqualTo("import.notice.resplit");
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    String message = new I18n(locale).get(n.key(), n.args().toArray());
                    assertThat(message).contains("lost.txt").contains(String.valueOf(PARAGRAPHS.size()))
                            .doesNotContain("{");
                }
            });
        }
    }

    @Test
    void aFileStoredUnsplitByAnEarlierVersionIsStillADuplicate() throws Exception {
        String oneLine = String.join("", PARAGRAPHS);
        Path again = Files.writeString(dir.resolve("again.txt"), oneLine, StandardCharsets.UTF_8);
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            library.speeches().insert("旧版导入", "again.txt", oneLine, 1); // as stored before re-splitting existed
            BatchImport.Summary s = new BatchImport(library).run(List.of(again));
            assertThat(s.imported()).isEmpty();
            assertThat(s.skipped()).extracting(BatchImport.Skipped::key).containsExactly("import.skipped.duplicate");
            assertThat(s.notices()).isEmpty();
            // and the stored speech keeps its text: existing speeches are never re-split
            assertThat(library.list()).singleElement().satisfies(e -> assertThat(e.paragraphCount()).isEqualTo(1));
        }
    }

    @Test
    void aWordFileWithOneParagraphIsResplitToo() throws Exception {
        Path docx = dir.resolve("一段.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText(String.join("", PARAGRAPHS));
            doc.write(out);
        }
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = library.importText(docx);
            assertThat(TextLayout.paragraphs(s.text())).hasSize(PARAGRAPHS.size());
        }
    }

    @Test
    void theDraftSaysWhetherItWasResplitAndKeepsEveryCharacter() throws Exception {
        String oneLine = String.join("", PARAGRAPHS);
        SpeechDraft d = SpeechDraft.of(oneLine, "paste");
        assertThat(d.resplit()).isTrue();
        assertThat(d.text().replace("\n", "")).isEqualTo(oneLine);
        SpeechDraft normal = SpeechDraft.of(String.join("\n", PARAGRAPHS), "paste");
        assertThat(normal.resplit()).isFalse();
        // the stored form of texts coming back with annotations is never re-split: offsets must hold
        assertThat(TextLayout.canonical(oneLine)).isEqualTo(oneLine);
    }
}
