package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jingdu.analysis.Analyzer;
import jingdu.model.Analysis;
import jingdu.model.ExportFilter;
import jingdu.model.ReportOptions;
import jingdu.model.Speech;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report read back with PDFBox's own text extraction (and pdftotext where installed). */
class PdfReportTest {

    /** No font folders: the fonts shipped in the app only, as on a machine without any CJK font (CI). */
    private static final List<Path> NO_FONTS = List.of();

    @TempDir
    Path dir;

    static byte[] render(ReportModel model, ReportOptions options, List<Path> fontDirs) {
        return new PdfReport(ExportFixtures.LABELS, ZoneOffset.UTC, options, fontDirs).export(model);
    }

    /** The bundled sample speech, analysed, nothing annotated: a fresh import's report. */
    static ReportModel sample() throws Exception {
        String text;
        try (var in = PdfReportTest.class.getResourceAsStream("/sample/sample-speech.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return model(text);
    }

    static ReportModel model(String text) {
        Analysis a = new Analyzer().analyze(text);
        Speech s = new Speech(1, text.lines().findFirst().orElse("讲话"), "speech.txt", text,
                Instant.parse("2025-06-10T08:00:00Z"), (int) text.lines().count());
        return ReportModel.build(List.of(new SpeechWork(s, a, Map.of(), List.of())), ExportFilter.NONE,
                ExportFixtures.SECTORS);
    }

    static String extract(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /**
     * Without whitespace (Chinese has none, and a line break or a justified gap must not matter) and without
     * the page numbers (“— 2 —”), which extraction reads between one page's text and the next.
     */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "").replaceAll("—\\d+—", "");
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** The Word report's paragraphs for the same model: what the PDF must print. */
    private static List<XWPFParagraph> wordParagraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(p -> !p.getText().isBlank()).toList();
    }

    @Test
    void theSeedSpeechsTitleHeadingsAndEveryObligationAreInTheTextOnce() throws Exception {
        for (ReportModel model : List.of(sample(), DocxReportTest.notice())) {
            byte[] bytes = render(model, ReportOptions.DEFAULT, NO_FONTS);
            String text = squeeze(extract(bytes));
            try (XWPFDocument word = new DocxReport(ExportFixtures.LABELS, ZoneOffset.UTC, DocxFonts.OFFICIAL,
                    ReportOptions.DEFAULT).document(model)) {
                List<XWPFParagraph> paragraphs = wordParagraphs(word);
                assertThat(text).startsWith(squeeze(model.speeches().get(0).speech().title()));
                long headings = paragraphs.stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading")).count();
                assertThat(headings).isPositive();
                // every paragraph of the Word report, headings included, and each once
                for (XWPFParagraph p : paragraphs) {
                    assertThat(count(text, squeeze(p.getText()))).as(p.getText()).isEqualTo(1);
                }
            }
            assertThat(model.obligations()).hasSizeGreaterThan(3);
            for (String t : obligationTexts(model)) {
                assertThat(count(text, t)).as(t).isEqualTo(1);
            }
        }
    }

    /**
     * Each obligation's text as the report prints it, without whitespace: less the part that is a section's
     * title (printed once, as the heading above it).
     */
    static List<String> obligationTexts(ReportModel model) {
        List<String> out = new ArrayList<>();
        var a = model.speeches().get(0).work().analysis();
        for (ReportModel.ObligationRow r : model.obligations()) {
            String t = squeeze(r.text());
            var info = a.paragraphs().get(r.paragraph());
            String heading = squeeze(a.text().substring(info.start(), info.headingEnd()));
            if (info.heading() == 1 && t.startsWith(heading)) {
                t = t.substring(heading.length());
            }
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void fontsAreEmbeddedSubsetsAndTheFileIsSmall() throws Exception {
        byte[] bytes = render(sample(), ReportOptions.DEFAULT, NO_FONTS);
        Files.createDirectories(Path.of("target", "export-samples"));
        Files.write(Path.of("target", "export-samples", "report.pdf"), bytes); // for looking at it by hand
        assertThat(bytes.length).isLessThan(500_000);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 6);
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont f : fonts) {
                assertThat(f).isInstanceOf(PDType0Font.class);
                assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                assertThat(f.getName()).as("subset prefix").matches("[A-Z]{6}\\+.+");
                assertThat(((PDType0Font) f).getDescendantFont().getName()).matches("[A-Z]{6}\\+.+");
            }
            assertThat(fonts.stream().map(PDFont::getName).map(n -> n.substring(7)).distinct())
                    .contains("DroidSansFallback", "DejaVuSerif");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(sample().speeches().get(0).speech().title());
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNotNull(); // the headings as bookmarks
        }
    }

    @Test
    void noLineStartsWithClosingPunctuationNorEndsWithOpeningPunctuation() throws Exception {
        String text = extract(render(sample(), ReportOptions.DEFAULT, NO_FONTS));
        List<String> lines = text.lines().map(l -> l.replaceAll("\\s+", "")).filter(l -> !l.isEmpty()).toList();
        assertThat(lines).hasSizeGreaterThan(40);
        for (String line : lines) {
            assertThat(PdfLines.noStart(line.codePointAt(0))).as(line).isFalse();
            assertThat(PdfLines.noEnd(line.codePointBefore(line.length()))).as(line).isFalse();
        }
        // the type area is used: most lines are full, 27 characters of 三号 or a few more with digits
        long full = lines.stream().filter(l -> l.codePointCount(0, l.length()) >= 26).count();
        assertThat(full).isGreaterThan(lines.size() / 3);
    }

    @Test
    void everyCharacterIsInsideTheTypeAreaAndThePageNumberBelowIt() throws Exception {
        byte[] bytes = render(sample(), ReportOptions.DEFAULT, NO_FONTS);
        List<TextPosition> body = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        float typeBottom = PdfReport.PAGE_HEIGHT - PdfReport.BOTTOM;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (positions.get(0).getYDirAdj() > typeBottom) {
                        numbers.add(text.replaceAll("\\s+", "") + "@" + Math.round(positions.get(0).getXDirAdj()));
                    } else {
                        body.addAll(positions);
                    }
                }
            };
            stripper.getText(doc);
            assertThat(numbers).hasSize(doc.getNumberOfPages());
        }
        for (TextPosition t : body) {
            assertThat(t.getXDirAdj()).as(t.getUnicode()).isGreaterThanOrEqualTo(PdfReport.LEFT - 0.5f);
            assertThat(t.getXDirAdj() + t.getWidthDirAdj()).as(t.getUnicode())
                    .isLessThanOrEqualTo(PdfReport.PAGE_WIDTH - PdfReport.RIGHT + 0.5f);
            assertThat(t.getYDirAdj()).as(t.getUnicode()).isGreaterThan(PdfReport.TOP);
        }
        // “— n —”: odd pages at the right, even pages at the left
        assertThat(numbers.get(0)).startsWith("—1—");
        assertThat(Integer.parseInt(numbers.get(0).split("@")[1])).isGreaterThan(400);
        assertThat(Integer.parseInt(numbers.get(1).split("@")[1])).isLessThan(150);
    }

    @Test
    void aSurrogatePairAnEmptyBodyAndLatinTextExportWithoutFailing() throws Exception {
        ReportModel pair = model("讲话𠀀标题\n企业必须在2026年6月底前完成𠀀整改，fire office 的 Wi-Fi 也要查。\n");
        PdfReport report = new PdfReport(ExportFixtures.LABELS, ZoneOffset.UTC, ReportOptions.DEFAULT, NO_FONTS);
        String text = squeeze(extract(report.export(pair)));
        // no shipped font has U+20000: each is drawn as □ and counted, the rest of the text intact
        assertThat(report.replaced()).isEqualTo(2);
        assertThat(text).contains("讲话□标题").contains("企业必须在2026年6月底前完成□整改").contains("fireoffice")
                .contains("Wi-Fi");

        ReportModel empty = model("只有标题\n");
        String emptyText = squeeze(extract(render(empty, ReportOptions.DEFAULT, NO_FONTS)));
        assertThat(emptyText).startsWith("只有标题").contains(squeeze(ExportFixtures.LABELS.get("export.none")));
    }

    @Test
    void theTitleBlockAndTheUsersNotesArePrinted() throws Exception {
        ReportOptions options = new ReportOptions(false, "夏季安全生产大检查学习报告", "云川市应急管理局", "2026-12-03");
        String text = squeeze(extract(render(ExportFixtures.model(), options, NO_FONTS)));
        assertThat(text).startsWith("夏季安全生产大检查学习报告云川市应急管理局（2026年12月3日）")
                .contains("列入十月台账").contains("分两批整改").doesNotContain("【");
    }

    /**
     * An installed font that loads but breaks when its subset is made (here: DejaVu named simfang.ttf with its
     * quotation mark made of a glyph it does not have) fails only at saving; the report is then made with the
     * app's own fonts.
     */
    @Test
    void anInstalledFontThatFailsWhenSubsetGivesWayToTheShippedFonts() throws Exception {
        byte[] ttf;
        try (var in = PdfFonts.class.getResourceAsStream(PdfFonts.BUNDLED_LATIN)) {
            ttf = in.readAllBytes();
        }
        // “ becomes a composite glyph made of a glyph the font does not have
        int glyfOffset;
        long wAt;
        try (var font = new org.apache.fontbox.ttf.TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(ttf))) {
            glyfOffset = (int) font.getTableMap().get("glyf").getOffset();
            int gid = font.getUnicodeCmapLookup().getGlyphId('“');
            wAt = glyfOffset + font.getIndexToLocation().getOffsets()[gid];
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(ttf);
        int at = (int) wAt;
        b.putShort(at, (short) -1); // numberOfContours: composite
        b.putShort(at + 10, (short) 0); // flags: byte arguments, no more components
        b.putShort(at + 12, (short) 0xFFF0); // the component's glyph index: past the font's glyphs
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Files.write(fonts.resolve("simfang.ttf"), ttf);
        ReportModel model = model("讲话\n企业必须在“6月底”前完成Wi-Fi整改。\n");
        // on its own, the damaged font fails the save
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            try (PDDocument doc = new PDDocument(); PdfFonts f = new PdfFonts(doc, List.of(fonts))) {
                var g = f.glyph(PdfFonts.Face.BODY, '“');
                assertThat(f.used()).contains("simfang.ttf");
                PDPage page = new PDPage();
                doc.addPage(page);
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(g.font(), 12);
                    cs.showText("“");
                    cs.endText();
                }
                doc.save(new java.io.ByteArrayOutputStream());
            }
        }).isInstanceOfAny(IOException.class, RuntimeException.class);
        byte[] bytes = render(model, ReportOptions.DEFAULT, List.of(fonts));
        assertThat(squeeze(extract(bytes))).contains("企业必须在“6月底”前完成Wi-Fi整改。");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                assertThat(doc.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void pdftotextFindsTheText() throws Exception {
        assumeThat(onPath("pdftotext")).as("pdftotext installed").isTrue();
        ReportModel model = sample();
        Path pdf = Files.write(dir.resolve("report.pdf"), render(model, ReportOptions.DEFAULT, PdfFonts.systemDirs()));
        Path txt = dir.resolve("report.txt");
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        String text = squeeze(Files.readString(txt, StandardCharsets.UTF_8));
        assertThat(text).startsWith(squeeze(model.speeches().get(0).speech().title()));
        for (String t : obligationTexts(model)) {
            assertThat(text).contains(t);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
