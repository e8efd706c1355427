package jingdu.app.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.analysis.Analyzer;
import jingdu.app.Engines;
import jingdu.app.Library;
import jingdu.i18n.I18n;
import jingdu.model.Compilation;
import jingdu.model.Compilation.Excerpt;
import jingdu.model.Compilation.Source;
import jingdu.model.Level;

/**
 * 摘编 on a real library in a temp folder: tags (with sub-tags), levels, sectors and a query choose the
 * excerpts; a collection and a date range narrow the speeches; the Word, PDF and Markdown files read back
 * with POI, PDFBox and as text say the same; bad input is refused with nothing written.
 */
class CompilerTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    private Library library;
    private CompileFixture f;
    private Compiler compiler;

    @BeforeEach
    void open() throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        f = new CompileFixture(library);
        compiler = new Compiler(library, Engines.builtInSectors(), ZH);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private static CompileRequest tags(List<String> tags, Long collection, String from, String to) {
        return new CompileRequest(tags, Set.of(), List.of(), null, collection, from, to, null);
    }

    private static List<String> texts(Compilation.Theme theme) {
        return theme.dates().stream().flatMap(d -> d.excerpts().stream()).map(Excerpt::text).toList();
    }

    @Test
    void aTagTakesItsParagraphsPassagesAndSubTagsAndShowsTheRepeatedSentenceOnce() throws Exception {
        Compilation c = compiler.compile(tags(List.of("安全生产责任"), null, null, null), null);

        assertThat(c.title()).isEqualTo("关于安全生产责任的论述摘编");
        Compilation.Theme theme = c.themes().get(0);
        assertThat(theme.dates()).extracting(Compilation.DateGroup::date).containsExactly("2024-03-06", null);
        assertThat(texts(theme)).containsExactly(CompileFixture.SAID_FIRST, CompileFixture.UNDATED);
        Excerpt said = theme.dates().get(0).excerpts().get(0);
        assertThat(said.sources()).extracting(Source::speechId).containsExactly(f.a, f.b);
        Source first = said.sources().get(0);
        assertThat(first.title()).isEqualTo("在全省安全生产工作会议上的讲话");
        assertThat(first.speaker()).isEqualTo("张三");
        assertThat(first.paragraph()).isEqualTo(2);
        assertThat(said.sources().get(1).paragraph()).isEqualTo(1); // the passage's paragraph in speech b
        String bText = library.find(f.b).orElseThrow().text();
        assertThat(bText.substring(said.sources().get(1).start(), said.sources().get(1).end())).isEqualTo(CompileFixture.SAID_AGAIN);
    }

    @Test
    void aCollectionAndADateRangeNarrowTheSpeeches() throws Exception {
        Compilation inCollection = compiler.compile(tags(List.of(f.tag.id()), f.collection, null, null), null);
        assertThat(texts(inCollection.themes().get(0))).containsExactly(CompileFixture.SAID_FIRST); // d is not in 汛期
        assertThat(inCollection.themes().get(0).dates().get(0).excerpts().get(0).sources()).hasSize(2);

        Compilation may = compiler.compile(tags(List.of(f.tag.id()), null, "2024-04", "2024"), null);
        Excerpt only = may.themes().get(0).dates().get(0).excerpts().get(0);
        assertThat(may.excerpts()).isEqualTo(1);
        assertThat(only.text()).isEqualTo(CompileFixture.SAID_AGAIN); // a, of March, is out: b's own words
        assertThat(only.sources()).extracting(Source::speechId).containsExactly(f.b);

        Compilation level = compiler.compile(new CompileRequest(List.of(), Set.of(Level.SUPERVISION), List.of(), null, null,
                "2023", "2023-12-31", null), null);
        assertThat(level.title()).isEqualTo("关于部门监管责任的论述摘编");
        assertThat(texts(level.themes().get(0))).containsExactly(CompileFixture.SUPERVISION);
        assertThat(compiler.compile(new CompileRequest(List.of(), Set.of(Level.SUPERVISION), List.of(), null, null,
                "2024", null, null), null).isEmpty()).isTrue();
    }

    @Test
    void aSectorAndAQueryTakeTheSentencesHoldingThemEachItsOwnTheme() throws Exception {
        Compilation c = compiler.compile(new CompileRequest(List.of(), Set.of(), List.of("coal"), " 值班　 防汛 ", null, null, null,
                null), new Analyzer());
        assertThat(c.themes()).extracting(Compilation.Theme::kind)
                .containsExactly(Compilation.Kind.SECTOR, Compilation.Kind.QUERY);
        assertThat(texts(c.themes().get(0))).containsExactly(CompileFixture.COAL); // not the roads sentence after it
        assertThat(texts(c.themes().get(1))).containsExactly(CompileFixture.FLOOD); // not the sentence after it
        assertThat(c.title()).startsWith("关于").endsWith("的论述摘编").contains("、值班 防汛");
    }

    @Test
    void unknownTagsSectorsCollectionsAndBadDatesAreRefused() {
        assertThatThrownBy(() -> compiler.compile(tags(List.of("没有这个标签"), null, null, null), null))
                .isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.key()).isEqualTo("compile.error.tag"));
        assertThatThrownBy(() -> compiler.compile(new CompileRequest(List.of(), Set.of(), List.of("moon"), null, null, null,
                null, null), null)).isInstanceOfSatisfying(CompileException.class,
                e -> assertThat(e.key()).isEqualTo("compile.error.sector"));
        assertThatThrownBy(() -> compiler.compile(tags(List.of(f.tag.id()), 999L, null, null), null))
                .isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.key()).isEqualTo("compile.error.collection"));
        assertThatThrownBy(() -> compiler.collection("不存在"))
                .isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.key()).isEqualTo("compile.error.collection"));
        assertThatThrownBy(() -> compiler.compile(tags(List.of(f.tag.id()), null, "2024-06", "2024-01"), null))
                .isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.key()).isEqualTo("compile.error.dateOrder"));
        assertThatThrownBy(() -> compiler.compile(tags(List.of(), null, null, null), null))
                .isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.key()).isEqualTo("compile.error.nothing"));
    }

    @Test
    void theThreeFilesReadBackWithTheExcerptsAndTheirSources() throws Exception {
        Compilation c = compiler.compile(tags(List.of(f.tag.id()), null, null, null), null);
        String cite = "（《在全省安全生产工作会议上的讲话》，张三，2024年3月6日，第 3 段；《在全市防汛工作会议上的讲话》，李四，2024年5月10日，第 2 段）";

        Path docx = compiler.write(c, CompileFormat.DOCX, dir.resolve("摘编.docx"), false);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getStyle()).isEqualTo("Title");
            assertThat(ps.get(0).getText()).isEqualTo("关于安全生产责任的论述摘编");
            assertThat(ps.get(1).getStyle()).isEqualTo("Heading1");
            assertThat(ps.get(1).getText()).isEqualTo("一、安全生产责任");
            assertThat(ps.get(2).getStyle()).isEqualTo("Heading2");
            assertThat(ps.get(2).getText()).isEqualTo("（一）2024年3月6日");
            assertThat(ps.get(3).getText()).isEqualTo(CompileFixture.SAID_FIRST + cite);
            assertThat(ps.get(3).getRuns().get(1).getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("楷体_GB2312");
            assertThat(ps.get(4).getText()).isEqualTo("（二）日期不详");
            assertThat(ps.get(5).getText()).startsWith(CompileFixture.UNDATED + "（《一篇没有日期的讲话》，第 2 段）");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906"); // A4, as the report
        }

        Path pdf = compiler.write(c, CompileFormat.PDF, dir.resolve("摘编.pdf"), false);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("关于安全生产责任的论述摘编", "一、安全生产责任", "（一）2024年3月6日",
                    CompileFixture.SAID_FIRST, cite.replaceAll("\\s+", ""), CompileFixture.UNDATED);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("关于安全生产责任的论述摘编");
        }

        Path md = compiler.write(c, CompileFormat.MD, dir.resolve("摘编.md"), false);
        List<String> lines = Files.readAllLines(md, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .collect(Collectors.toList());
        assertThat(lines).containsExactly("# 关于安全生产责任的论述摘编", "## 一、安全生产责任", "### （一）2024年3月6日",
                CompileFixture.SAID_FIRST, cite, "### （二）日期不详", CompileFixture.UNDATED, "（《一篇没有日期的讲话》，第 2 段）");
    }

    @Test
    void nothingIsWrittenOverTheLibraryOrAnExistingFileUnasked() throws Exception {
        Compilation c = compiler.compile(tags(List.of(f.tag.id()), null, null, null), null);
        long size = Files.size(library.file());
        assertThatThrownBy(() -> compiler.write(c, CompileFormat.MD, library.file(), true))
                .isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.key()).isEqualTo("store.error.output.library"));
        assertThat(Files.size(library.file())).isEqualTo(size);
        Path existing = Files.writeString(dir.resolve("old.md"), "旧内容");
        assertThatThrownBy(() -> compiler.write(c, CompileFormat.MD, existing, false))
                .isInstanceOfSatisfying(CompileException.class, e -> assertThat(e.key()).isEqualTo("store.error.output.exists"));
        assertThat(Files.readString(existing)).isEqualTo("旧内容");
        compiler.write(c, CompileFormat.MD, existing, true);
        assertThat(Files.readString(existing)).startsWith("# 关于安全生产责任的论述摘编");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void inEnglishTheHeadingsDatesAndCitationsAreEnglish() throws Exception {
        Compiler english = new Compiler(library, Engines.builtInSectors(), new I18n(Locale.ENGLISH));
        Compilation c = english.compile(tags(List.of(f.tag.id()), null, null, null), null);
        List<String> lines = english.markdown(c).lines().filter(l -> !l.isBlank()).toList();
        assertThat(lines.subList(0, 3)).containsExactly("# Excerpts on 安全生产责任", "## 1\\. 安全生产责任", "### (1) Mar 6, 2024"); // escaped as a list marker, read the same
        assertThat(lines.get(4)).startsWith("(«在全省安全生产工作会议上的讲话», 张三, Mar 6, 2024, ")
                .contains("; «在全市防汛工作会议上的讲话», 李四, May 10, 2024, ");
        assertThat(lines).contains("### (2) Date unknown");
    }

    @Test
    void sectorsAreReadAsTheUserCorrectedThem() throws Exception {
        String text = library.find(f.a).orElseThrow().text();
        int at = text.indexOf("超载超限");
        library.annotator(ZH).correct(f.a, jingdu.model.CorrectionKind.SET_SECTOR, at, at + 4, "coal");
        Compilation c = compiler.compile(new CompileRequest(List.of(), Set.of(), List.of("coal"), null, null, null, null,
                null), new Analyzer());
        // the roads sentence now names coal too (the user said so): the two neighbouring sentences are one excerpt
        assertThat(texts(c.themes().get(0))).containsExactly(CompileFixture.COAL + CompileFixture.ROADS);
    }
}
