package jingdu.app.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import jingdu.analysis.SectorLexicon;
import jingdu.app.Library;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskException;
import jingdu.app.tasks.TaskExports;
import jingdu.i18n.I18n;
import jingdu.model.StatChart;
import jingdu.model.TaskScope;

/**
 * The chart files read back with readers of their own: SVG parsed as XML (its text holds the Chinese labels), PNG
 * decoded by ImageIO at the size asked, the 督办通报 with its chart page opened by POI (two pictures) and PDFBox (two
 * images on the last page); exports over the library refused with nothing written.
 */
class ChartFilesTest {

    @TempDir
    Path dir;

    @Test
    void svgIsXmlWithTheChineseLabelsAsText() throws Exception {
        try (Library library = StatsCountsTest.generate(dir.resolve("lib.db"), 12, 10)) {
            StatsService stats = StatsCountsTest.service(library, Locale.SIMPLIFIED_CHINESE);
            StatsService.Snapshot snap = stats.load(TaskScope.all(), LocalDate.of(2025, 7, 1));
            for (String id : List.of(StatsService.SECTORS, StatsService.SECTOR_YEARS, StatsService.BEARERS)) {
                StatChart c = snap.chart(id);
                Path out = stats.export(c, StatsService.Format.SVG, dir.resolve(id + ".svg"), false);
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                Document doc = f.newDocumentBuilder().parse(out.toFile());
                assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
                NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
                List<String> words = new ArrayList<>();
                for (int i = 0; i < texts.getLength(); i++) {
                    words.add(texts.item(i).getTextContent());
                }
                assertThat(words).as(id).contains(c.title());
                if (!id.equals(StatsService.SECTOR_YEARS)) {
                    // every bar's name printed whole: no label cut short with an ellipsis
                    for (String label : c.categories()) {
                        assertThat(String.join("", words)).as(id).contains(label);
                    }
                } else {
                    assertThat(words).containsAll(c.series()).contains("2022", "2023", "2024");
                }
                assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("width")))
                        .isEqualTo(StatsService.fileSize(c)[0]);
            }
        }
    }

    @Test
    void everyPointOfEveryChartCanBeClicked() throws Exception {
        try (Library library = StatsCountsTest.generate(dir.resolve("lib.db"), 12, 10)) {
            StatsService stats = StatsCountsTest.service(library, Locale.SIMPLIFIED_CHINESE);
            StatsService.Snapshot snap = stats.load(TaskScope.all(), LocalDate.of(2025, 7, 1));
            for (StatChart c : snap.charts()) {
                // the window's size for a chart with many rows: tall enough for each label
                StatsService.Rendered r = stats.render(c, 520, Math.max(330, 100 + 22 * Math.max(c.categories().size(),
                        c.series().size())), 1.5);
                assertThat(r.argb()).hasSize(r.pixelWidth() * r.pixelHeight());
                for (int p = 0; p < c.points().size(); p++) {
                    int point = p;
                    StatsService.Hit h = r.hits().stream().filter(x -> x.point() == point).findFirst().orElseThrow(
                            () -> new AssertionError(c.id() + " point " + point + " not drawn"));
                    assertThat(r.pointAt(h.x() + h.width() / 2, h.y() + h.height() / 2)).as(c.id()).isEqualTo(p);
                }
            }
        }
    }

    @Test
    void pngDecodesAtTwiceTheChartSize() throws Exception {
        try (Library library = StatsCountsTest.generate(dir.resolve("lib.db"), 12, 10)) {
            StatsService stats = StatsCountsTest.service(library, Locale.ENGLISH);
            StatChart c = stats.load(TaskScope.all(), LocalDate.of(2025, 7, 1)).chart(StatsService.STATUS);
            Path out = stats.export(c, StatsService.Format.PNG, dir.resolve("status.png"), false);
            BufferedImage img = ImageIO.read(out.toFile());
            int[] size = StatsService.fileSize(c);
            assertThat(img.getWidth()).isEqualTo(size[0] * 2);
            assertThat(img.getHeight()).isEqualTo(size[1] * 2);
            // drawn, not blank: some dark pixels (text) and some of the first series' colour (bars)
            int dark = 0;
            for (int y = 0; y < img.getHeight(); y += 3) {
                for (int x = 0; x < img.getWidth(); x += 3) {
                    int rgb = img.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) < 80 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) {
                        dark++;
                    }
                }
            }
            assertThat(dark).isGreaterThan(100);
        }
    }

    @Test
    void exportsRefuseTheLibraryAndAMissingFolder() throws Exception {
        try (Library library = StatsCountsTest.generate(dir.resolve("lib.db"), 6, 5)) {
            StatsService stats = StatsCountsTest.service(library, Locale.SIMPLIFIED_CHINESE);
            StatChart c = stats.load(TaskScope.all(), LocalDate.of(2025, 7, 1)).chart(StatsService.SECTORS);
            long before = Files.size(library.file());
            assertThatThrownBy(() -> stats.export(c, StatsService.Format.PNG, library.file(), true))
                    .isInstanceOf(TaskException.class);
            assertThat(Files.size(library.file())).isEqualTo(before);
            assertThatThrownBy(() -> stats.export(c, StatsService.Format.SVG, dir.resolve("no/such/dir/a.svg"), true))
                    .isInstanceOf(TaskException.class).extracting(e -> ((TaskException) e).key())
                    .isEqualTo("export.error.noDir");
            Path existing = Files.writeString(dir.resolve("keep.svg"), "x");
            assertThatThrownBy(() -> stats.export(c, StatsService.Format.SVG, existing, false))
                    .isInstanceOf(TaskException.class);
            assertThat(Files.readString(existing)).isEqualTo("x");
        }
    }

    @Test
    void noticeWithChartsHasAPageOfPicturesInWordAndPdfAndTheLedgerASheet() throws Exception {
        try (Library library = StatsCountsTest.generate(dir.resolve("lib.db"), 12, 10)) {
            I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
            StatsService stats = StatsCountsTest.service(library, Locale.SIMPLIFIED_CHINESE);
            TaskExports exports = new TaskExports(library.file(), SectorLexicon.builtInCatalog(), zh,
                    java.time.ZoneOffset.UTC, stats::pictures);
            List<BoardRow> rows = StatsCountsTest.board(library).rows(TaskScope.all(), LocalDate.of(2025, 7, 1));
            LocalDate today = LocalDate.of(2025, 7, 1);

            byte[] plain = exports.render(rows, TaskExports.Format.DOCX, today, null);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(plain))) {
                assertThat(doc.getAllPictures()).isEmpty();
            }
            byte[] docx = exports.render(rows, TaskExports.Format.DOCX, today, null, true);
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
                assertThat(doc.getAllPictures()).hasSize(2);
                BufferedImage first = ImageIO.read(new ByteArrayInputStream(doc.getAllPictures().get(0).getData()));
                assertThat(first.getWidth()).isEqualTo(StatsService.PRINT_WIDTH * 3);
                assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).isEqualTo("附：统计图"));
            }
            byte[] xlsx = exports.render(rows, TaskExports.Format.XLSX, today, null, true);
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(book.getNumberOfSheets()).isEqualTo(2);
                assertThat(book.getSheetName(1)).isEqualTo("统计图");
                assertThat(book.getAllPictures()).hasSize(2);
                assertThat(book.getSheetAt(1).getDrawingPatriarch().getShapes()).hasSize(2);
                assertThat(book.getSheetAt(1).getFitToPage()).as("printed one page wide").isTrue();
                assertThat(book.getSheetAt(1).getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            }
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(
                    exports.render(rows, TaskExports.Format.XLSX, today, null, false)))) {
                assertThat(book.getNumberOfSheets()).isEqualTo(1);
            }
            byte[] pdf = exports.render(rows, TaskExports.Format.PDF, today, null, true);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                int images = 0;
                for (PDPage page : doc.getPages()) {
                    for (var name : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                            images++;
                        }
                    }
                }
                assertThat(images).isEqualTo(2);
                assertThat(new PDFTextStripper().getText(doc)).contains("附：统计图");
            }
        }
    }
}
